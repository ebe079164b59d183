package cn.fazhi.flow.campaign;

import cn.fazhi.flow.workflow.AnnualCampaignProcess;
import java.util.List;
import org.springframework.stereotype.Component;

/** The reports of a campaign, for the diagram's multi-instance ({@code ${campaignRoster.reportIds(campaignId)}}). */
@Component(AnnualCampaignProcess.ROSTER)
public class CampaignRoster {

    private final CampaignReportRepository reports;

    CampaignRoster(CampaignReportRepository reports) {
        this.reports = reports;
    }

    public List<Long> reportIds(long campaignId) {
        return reports.findByCampaignIdOrderByTownshipIdAsc(campaignId).stream()
                .map(CampaignReport::getReportId)
                .toList();
    }
}
