package cn.fazhi.flow.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One urge (催办) of a report: the rate limit reads the latest. */
@Entity
@Immutable
@Table(name = "urge_log")
class UrgeRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(name = "urged_by", nullable = false)
    private String urgedBy;

    @Column(name = "urged_at", nullable = false)
    private Instant urgedAt;

    @Column(nullable = false)
    private String message;

    protected UrgeRecord() {}

    UrgeRecord(long reportId, String urgedBy, Instant urgedAt, String message) {
        this.reportId = reportId;
        this.urgedBy = urgedBy;
        this.urgedAt = urgedAt;
        this.message = message;
    }

    Instant getUrgedAt() {
        return urgedAt;
    }
}
