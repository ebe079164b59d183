package cn.fazhi.flow.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A township's report in a campaign, with the campaign's own flag: overdue (not a report status). */
@Entity
@Table(name = "campaign_report")
class CampaignReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "township_id", nullable = false)
    private long townshipId;

    @Column(name = "report_id", nullable = false)
    private long reportId;

    @Column(nullable = false)
    private boolean adopted;

    @Column(nullable = false)
    private boolean overdue;

    @Column(name = "overdue_at")
    private Instant overdueAt;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected CampaignReport() {}

    CampaignReport(long campaignId, long townshipId, long reportId, boolean adopted, Instant addedAt) {
        this.campaignId = campaignId;
        this.townshipId = townshipId;
        this.reportId = reportId;
        this.adopted = adopted;
        this.addedAt = addedAt;
    }

    long getCampaignId() {
        return campaignId;
    }

    long getTownshipId() {
        return townshipId;
    }

    long getReportId() {
        return reportId;
    }

    boolean isAdopted() {
        return adopted;
    }

    boolean isOverdue() {
        return overdue;
    }

    Instant getOverdueAt() {
        return overdueAt;
    }

    void markOverdue(Instant at) {
        if (!overdue) {
            overdue = true;
            overdueAt = at;
        }
    }
}
