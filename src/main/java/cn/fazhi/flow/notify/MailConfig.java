package cn.fazhi.flow.notify;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Mail: with {@code spring.mail.host} set, Spring Boot's SMTP sender; without it (the demo), mails are written to the
 * log instead.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotifyProperties.class)
class MailConfig {

    @Bean
    @ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
    JavaMailSender loggingMailSender() {
        return new LoggingMailSender();
    }
}
