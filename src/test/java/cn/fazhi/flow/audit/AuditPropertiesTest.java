package cn.fazhi.flow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The retention of the security log: 180 days unless set, more if asked, and never less (the start fails). */
class AuditPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AuditProperties.class)
    static class Properties {}

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Properties.class);

    @Test
    void keeps180DaysUnlessSetAndMoreWhenAsked() {
        context.run(c ->
                assertThat(c.getBean(AuditProperties.class).retentionDays()).isEqualTo(180));
        context.withPropertyValues("fazhi.audit.retention-days=365")
                .run(c -> assertThat(c.getBean(AuditProperties.class).retentionDays())
                        .isEqualTo(365));
    }

    @Test
    void aRetentionBelow180DaysRefusesToStartAndSaysWhy() {
        context.withPropertyValues("fazhi.audit.retention-days=179").run(c -> {
            assertThat(c).hasFailed();
            Throwable failure = c.getStartupFailure();
            StringBuilder messages = new StringBuilder();
            for (Throwable t = failure; t != null; t = t.getCause()) {
                messages.append(t.getMessage()).append('\n');
            }
            assertThat(messages.toString())
                    .contains("fazhi.audit.retention-days")
                    .contains("must be at least 180 days")
                    .contains("GB/T 22239-2019");
        });
    }
}
