package cn.fazhi.flow.notify;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Writes each mail to the log instead of sending it: the demo and development have no SMTP server. The mails go to
 * the DEBUG level, so a first run's console is not filled with the demo's mails; the first one says, once, where to
 * find them.
 */
class LoggingMailSender extends JavaMailSenderImpl {

    private static final Logger log = LoggerFactory.getLogger(LoggingMailSender.class);

    private final AtomicBoolean told = new AtomicBoolean();

    @Override
    protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) {
        if (mimeMessages.length > 0 && !log.isDebugEnabled() && told.compareAndSet(false, true)) {
            log.info("Mails are not sent (no spring.mail.host); to read them in the log, set "
                    + "logging.level.cn.fazhi.flow.notify.LoggingMailSender=DEBUG");
        }
        if (!log.isDebugEnabled()) {
            return;
        }
        for (MimeMessage message : mimeMessages) {
            try {
                String to = message.getAllRecipients() == null
                        ? ""
                        : Arrays.stream(message.getAllRecipients())
                                .map(Address::toString)
                                .collect(Collectors.joining(", "));
                log.debug(
                        "Mail (not sent: no spring.mail.host) to {}: {}\n{}",
                        to,
                        message.getSubject(),
                        message.getContent());
            } catch (MessagingException | IOException e) {
                throw new MailPreparationException(e);
            }
        }
    }
}
