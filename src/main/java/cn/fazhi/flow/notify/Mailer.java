package cn.fazhi.flow.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends one plain-text mail in UTF-8; a failure is logged and never reaches the caller. */
@Component
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    /** One mail to one address. */
    record Mail(String to, String subject, String text) {}

    private final JavaMailSender sender;
    private final NotifyProperties properties;

    Mailer(JavaMailSender sender, NotifyProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    boolean send(Mail mail) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.mailFrom());
            helper.setTo(mail.to());
            // A subject is one line: line breaks and other control characters in a name or message become spaces.
            helper.setSubject(mail.subject().replaceAll("\\p{Cntrl}+", " "));
            helper.setText(mail.text());
            sender.send(message);
            return true;
        } catch (MessagingException | RuntimeException e) {
            log.warn("Mail to {} not sent: {}", mail.to(), e.toString());
            return false;
        }
    }
}
