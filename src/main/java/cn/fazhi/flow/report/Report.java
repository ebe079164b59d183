package cn.fazhi.flow.report;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "report")
class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "township_id", nullable = false)
    private Long townshipId;

    /** The township's name when the report was opened (null only for a report older than the column). */
    @Column(name = "township_name")
    private String townshipName;

    @Column(name = "report_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private String title = "";

    @Column(length = 1_000_000)
    private String opening = "";

    @Column(name = "closing_office", nullable = false)
    private String closingOffice = "";

    @Column(name = "closing_date", nullable = false)
    private String closingDate = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportStatus status = ReportStatus.DRAFTING;

    @Column(name = "current_step")
    private String currentStep;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "draft_saved_at")
    private Instant draftSavedAt;

    @Column(name = "draft_saved_by")
    private String draftSavedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_part", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "sort_order")
    private List<DraftPart> parts = new ArrayList<>();

    protected Report() {}

    Report(long townshipId, String townshipName, int year, Instant createdAt) {
        this.townshipId = townshipId;
        this.townshipName = townshipName;
        this.year = year;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    long getTownshipId() {
        return townshipId;
    }

    /** The name the report was written under, or the township's name now for a report that has none. */
    String townshipName(String current) {
        return townshipName == null ? current : townshipName;
    }

    int getYear() {
        return year;
    }

    ReportStatus getStatus() {
        return status;
    }

    void setStatus(ReportStatus status) {
        this.status = status;
    }

    String getCurrentStep() {
        return currentStep;
    }

    void setCurrentStep(String currentStep) {
        this.currentStep = currentStep;
    }

    String getProcessInstanceId() {
        return processInstanceId;
    }

    void setProcessInstanceId(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    int getCurrentVersion() {
        return currentVersion;
    }

    int nextVersion() {
        return ++currentVersion;
    }

    Instant getDraftSavedAt() {
        return draftSavedAt;
    }

    String getDraftSavedBy() {
        return draftSavedBy;
    }

    long getLockVersion() {
        return lockVersion;
    }

    String getTitle() {
        return title;
    }

    ReportContent content() {
        return new ReportContent(
                title,
                opening,
                parts.stream().map(DraftPart::toPart).toList(),
                new Closing(closingOffice, closingDate));
    }

    void replaceContent(ReportContent content, String by, Instant at) {
        this.title = content.title();
        this.opening = content.opening();
        this.closingOffice = content.closing().office();
        this.closingDate = content.closing().date();
        this.parts.clear();
        content.parts().forEach(p -> this.parts.add(new DraftPart(p)));
        this.draftSavedAt = at;
        this.draftSavedBy = by;
    }
}
