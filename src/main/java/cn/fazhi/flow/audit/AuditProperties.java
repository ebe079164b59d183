package cn.fazhi.flow.audit;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code fazhi.audit.*}: how many days the security log keeps its entries. GB/T 22239-2019 level three asks for at
 * least six months, so a value below 180 stops the application at start-up with a message saying so.
 */
@Validated
@ConfigurationProperties("fazhi.audit")
record AuditProperties(
        @Min(
                        value = AuditProperties.MIN_RETENTION_DAYS,
                        message = "must be at least 180 days: GB/T 22239-2019 level three keeps the security log for"
                                + " at least six months")
                @DefaultValue("180")
                int retentionDays) {

    static final int MIN_RETENTION_DAYS = 180;
}
