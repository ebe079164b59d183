package cn.fazhi.flow.audit;

import cn.fazhi.flow.base.Messages;
import cn.fazhi.flow.base.SecurityAction;
import cn.fazhi.flow.base.SecurityEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes the security log's entries older than the retention ({@code fazhi.audit.retention-days}), on the schedule
 * {@code fazhi.audit.purge-cron}, and records that it did. It removes nothing younger, whoever runs it: on several
 * nodes each runs it, and a second run finds nothing left to remove.
 */
@Component
class SecurityLogPurge {

    static final String TARGET = "security-log";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final SecurityLogRepository log;
    private final ApplicationEventPublisher events;
    private final Messages messages;
    private final Clock clock;
    private final Duration retention;

    SecurityLogPurge(
            SecurityLogRepository log,
            ApplicationEventPublisher events,
            Messages messages,
            Clock clock,
            AuditProperties properties) {
        this.log = log;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
        this.retention = Duration.ofDays(properties.retentionDays());
    }

    /** Removes the entries older than the retention; answers how many, and records the purge when it removed any. */
    @Scheduled(cron = "${fazhi.audit.purge-cron}")
    @Transactional
    public int purge() {
        Instant cutoff = clock.instant().minus(retention);
        int removed = log.purgeBefore(cutoff);
        if (removed > 0) {
            String detail = messages.get(
                    Messages.CHINESE,
                    "security.detail.purged",
                    removed,
                    DAY.format(cutoff.atZone(clock.getZone())),
                    retention.toDays());
            events.publishEvent(
                    SecurityEvent.succeeded(SecurityAction.LOG_PURGED, SecurityEvent.SYSTEM, TARGET, detail));
        }
        return removed;
    }
}
