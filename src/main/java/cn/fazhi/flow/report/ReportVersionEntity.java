package cn.fazhi.flow.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A frozen submission; never updated once written. */
@Entity
@Immutable
@Table(name = "report_version")
class ReportVersionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(name = "version_number", nullable = false)
    private int number;

    @Column(nullable = false, length = 1_000_000)
    private String content;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    protected ReportVersionEntity() {}

    ReportVersionEntity(long reportId, int number, String content, Instant submittedAt, String submittedBy) {
        this.reportId = reportId;
        this.number = number;
        this.content = content;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
    }

    int getNumber() {
        return number;
    }

    String getContent() {
        return content;
    }

    VersionInfo info() {
        return new VersionInfo(number, submittedAt, submittedBy);
    }
}
