package cn.fazhi.flow.notify;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Mails carry user text (names, urge messages) as plain text, and a subject stays one header: line breaks in a name
 * or message cannot add a header (a Bcc to an attacker) or end the headers early.
 */
class MailerTest {

    static final String HOSTILE = "催办<b>x</b>\r\nBcc: attacker@example.com\r\n\r\n<script>alert(1)</script>";

    /** A sender that keeps what it is given instead of connecting anywhere. */
    static final class Kept extends JavaMailSenderImpl {
        final List<MimeMessage> sent = new ArrayList<>();

        @Override
        public void send(MimeMessage... messages) {
            sent.addAll(List.of(messages));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"【报告】", "[Report] "})
    void userTextIsPlainTextAndASubjectCannotAddAHeader(String prefix) throws Exception {
        Kept sender = new Kept();
        Mailer mailer = new Mailer(
                sender, new NotifyProperties("http://localhost:8080/", "fazhi-flow@localhost", Duration.ofHours(24)));

        String hostile = prefix.startsWith("[") ? HOSTILE.replace("催办", "Urged ") : HOSTILE;
        assertThat(mailer.send(new Mailer.Mail("drafter@test.local", prefix + hostile, "Message: " + hostile)))
                .isTrue();

        MimeMessage mail = sender.sent.get(0);
        mail.saveChanges();
        assertThat(mail.getRecipients(Message.RecipientType.BCC)).isNull();
        assertThat(mail.getAllRecipients()).hasSize(1);
        assertThat(mail.getSubject()).doesNotContain("\r", "\n").contains("<b>x</b>", "Bcc: attacker@example.com");
        assertThat(mail.getContentType()).startsWith("text/plain");
        assertThat((String) mail.getContent()).contains("<script>alert(1)</script>");
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        mail.writeTo(raw);
        String headers = raw.toString(StandardCharsets.UTF_8).split("\r\n\r\n", 2)[0];
        assertThat(headers).doesNotContainIgnoringCase("\r\nBcc:");
    }
}
