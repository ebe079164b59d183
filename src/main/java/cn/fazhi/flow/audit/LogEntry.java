package cn.fazhi.flow.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * A row of what the auditor reads (the view {@code security_log_view}): an entry of the security log, or a line of a
 * report's history read where it is kept.
 */
@Entity
@Immutable
@Table(name = "security_log_view")
class LogEntry {

    /** The origin of the rows of the security log; the others come from the reports' histories. */
    static final String SECURITY_LOG = "security_log";

    @Id
    @Column(name = "entry_key")
    private Long key;

    private String origin;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String actor;
    private String address;
    private String action;
    private String target;
    private boolean success;
    private String detail;

    @Column(name = "report_id")
    private Long reportId;

    private String step;

    protected LogEntry() {}

    SecurityLogEntry entry(String actorName) {
        boolean ofReport = !SECURITY_LOG.equals(origin);
        return new SecurityLogEntry(
                occurredAt,
                actor,
                actorName,
                address,
                action,
                ofReport ? SecurityLogEntry.REPORT + reportId : target,
                success,
                detail,
                reportId,
                step);
    }

    String actor() {
        return actor;
    }
}
