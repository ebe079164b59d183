package cn.fazhi.flow.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One in-app notification for one user. It keeps the facts (township, year, step, detail, who acted), not a rendered
 * text, so the list shows it in whatever language the user reads now.
 */
@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationKind kind;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(nullable = false)
    private String township;

    @Column(name = "report_year", nullable = false)
    private int year;

    private String step;

    private String detail;

    private String actor;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {}

    Notification(
            String recipient,
            NotificationKind kind,
            long reportId,
            String township,
            int year,
            String step,
            String detail,
            String actor,
            Instant createdAt) {
        this.recipient = recipient;
        this.kind = kind;
        this.reportId = reportId;
        this.township = township;
        this.year = year;
        this.step = step;
        this.detail = detail == null ? null : truncate(detail);
        this.actor = actor;
        this.createdAt = createdAt;
    }

    private static String truncate(String s) {
        return s.length() > 1000 ? s.substring(0, 999) + "…" : s;
    }

    Long getId() {
        return id;
    }

    String getRecipient() {
        return recipient;
    }

    NotificationKind getKind() {
        return kind;
    }

    long getReportId() {
        return reportId;
    }

    String getTownship() {
        return township;
    }

    int getYear() {
        return year;
    }

    String getStep() {
        return step;
    }

    String getDetail() {
        return detail;
    }

    String getActor() {
        return actor;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getReadAt() {
        return readAt;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }
}
