package cn.fazhi.flow.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "campaign")
class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "county_id", nullable = false)
    private long countyId;

    @Column(name = "report_year", nullable = false)
    private int year;

    @Column(name = "submission_due", nullable = false)
    private Instant submissionDue;

    @Column(name = "legal_review_days", nullable = false)
    private int legalReviewDays;

    @Column(name = "county_review_days", nullable = false)
    private int countyReviewDays;

    @Column(name = "publication_due", nullable = false)
    private LocalDate publicationDue;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "opened_by", nullable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    protected Campaign() {}

    Campaign(
            long countyId,
            int year,
            Instant submissionDue,
            int legalReviewDays,
            int countyReviewDays,
            LocalDate publicationDue,
            String openedBy,
            Instant openedAt) {
        this.countyId = countyId;
        this.year = year;
        this.submissionDue = submissionDue;
        this.legalReviewDays = legalReviewDays;
        this.countyReviewDays = countyReviewDays;
        this.publicationDue = publicationDue;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    Long getId() {
        return id;
    }

    long getCountyId() {
        return countyId;
    }

    int getYear() {
        return year;
    }

    Instant getSubmissionDue() {
        return submissionDue;
    }

    int getLegalReviewDays() {
        return legalReviewDays;
    }

    int getCountyReviewDays() {
        return countyReviewDays;
    }

    LocalDate getPublicationDue() {
        return publicationDue;
    }

    String getProcessInstanceId() {
        return processInstanceId;
    }

    void setProcessInstanceId(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    String getOpenedBy() {
        return openedBy;
    }

    Instant getOpenedAt() {
        return openedAt;
    }
}
