package cn.fazhi.flow.publish;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.Persistable;

/** A published report: the confirmation, the redactions and the public version. Written once, never changed. */
@Entity
@Immutable
@Table(name = "report_publication")
class Publication implements Persistable<Long> {

    /** A new publication is inserted, never merged: a second one for the same report fails on the key. */
    @Transient
    private boolean fresh = true;

    @Id
    @Column(name = "report_id")
    private Long reportId;

    @Column(name = "county_id", nullable = false)
    private long countyId;

    @Column(name = "township_id", nullable = false)
    private long townshipId;

    @Column(name = "report_year", nullable = false)
    private int year;

    @Column(name = "version_number", nullable = false)
    private int version;

    @Column(nullable = false)
    private String title;

    @Column(name = "checked_by", nullable = false)
    private String checkedBy;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Column(length = 1_000_000)
    private String redactions;

    @Column(name = "public_content", nullable = false, length = 1_000_000)
    private String publicContent;

    @Column(name = "published_by", nullable = false)
    private String publishedBy;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    private LocalDate deadline;

    @Column(nullable = false)
    private boolean late;

    protected Publication() {}

    @SuppressWarnings("java:S107")
    Publication(
            long reportId,
            long countyId,
            long townshipId,
            int year,
            int version,
            String title,
            String checkedBy,
            Instant checkedAt,
            String redactions,
            String publicContent,
            String publishedBy,
            Instant publishedAt,
            LocalDate deadline,
            boolean late) {
        this.reportId = reportId;
        this.countyId = countyId;
        this.townshipId = townshipId;
        this.year = year;
        this.version = version;
        this.title = title;
        this.checkedBy = checkedBy;
        this.checkedAt = checkedAt;
        this.redactions = redactions;
        this.publicContent = publicContent;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
        this.deadline = deadline;
        this.late = late;
    }

    @Override
    public Long getId() {
        return reportId;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    void loaded() {
        fresh = false;
    }

    long getReportId() {
        return reportId;
    }

    long getCountyId() {
        return countyId;
    }

    long getTownshipId() {
        return townshipId;
    }

    int getYear() {
        return year;
    }

    int getVersion() {
        return version;
    }

    String getTitle() {
        return title;
    }

    String getCheckedBy() {
        return checkedBy;
    }

    Instant getCheckedAt() {
        return checkedAt;
    }

    String getRedactions() {
        return redactions;
    }

    String getPublicContent() {
        return publicContent;
    }

    String getPublishedBy() {
        return publishedBy;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    LocalDate getDeadline() {
        return deadline;
    }

    boolean isLate() {
        return late;
    }
}
