package cn.fazhi.flow.notify;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Writes each mail to the log instead of sending it: the demo and development have no SMTP server. */
class LoggingMailSender extends JavaMailSenderImpl {

    private static final Logger log = LoggerFactory.getLogger(LoggingMailSender.class);

    @Override
    protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) {
        for (MimeMessage message : mimeMessages) {
            try {
                String to = message.getAllRecipients() == null
                        ? ""
                        : Arrays.stream(message.getAllRecipients())
                                .map(Address::toString)
                                .collect(Collectors.joining(", "));
                log.info(
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
