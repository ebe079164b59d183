package cn.fazhi.flow.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditAction action;

    private String step;

    @Column(nullable = false)
    private String detail;

    protected AuditEvent() {}

    AuditEvent(long reportId, Instant occurredAt, String actor, AuditAction action, String step, String detail) {
        this.reportId = reportId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.step = step;
        this.detail = detail == null ? "" : truncate(detail);
    }

    private static String truncate(String s) {
        return s.length() > 2000 ? s.substring(0, 1999) + "…" : s;
    }

    HistoryEntry entry() {
        return new HistoryEntry(occurredAt, actor, action, step, detail);
    }
}
