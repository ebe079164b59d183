package cn.fazhi.flow.notify;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.mail.SimpleMailMessage;

/** Without an SMTP server the mails go to the log: one INFO line says where, the mails themselves are DEBUG. */
class LoggingMailSenderTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(LoggingMailSender.class);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Level level;

    @BeforeEach
    void capture() {
        level = logger.getLevel();
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void release() {
        logger.detachAppender(appender);
        logger.setLevel(level);
    }

    @Test
    void atInfoTheConsoleGetsOneLineForAllTheMails() {
        logger.setLevel(Level.INFO);
        LoggingMailSender sender = new LoggingMailSender();
        for (int i = 0; i < 3; i++) {
            sender.send(mail("第" + i + "封"));
        }
        assertThat(appender.list).hasSize(1);
        assertThat(appender.list.get(0).getFormattedMessage())
                .contains("logging.level.cn.fazhi.flow.notify.LoggingMailSender=DEBUG")
                .doesNotContain("第0封");
    }

    @Test
    void atDebugEachMailIsWrittenWithItsSubjectAndText() {
        logger.setLevel(Level.DEBUG);
        LoggingMailSender sender = new LoggingMailSender();
        sender.send(mail("催办"));
        assertThat(appender.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.DEBUG);
            assertThat(event.getFormattedMessage()).contains("drafter@example.cn", "催办", "请本周内提交。");
        });
    }

    private static SimpleMailMessage mail(String subject) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom("fazhi-flow@localhost");
        mail.setTo("drafter@example.cn");
        mail.setSubject(subject);
        mail.setText("请本周内提交。");
        return mail;
    }
}
