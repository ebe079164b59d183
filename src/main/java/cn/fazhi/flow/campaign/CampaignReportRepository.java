package cn.fazhi.flow.campaign;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CampaignReportRepository extends JpaRepository<CampaignReport, Long> {

    List<CampaignReport> findByCampaignIdOrderByTownshipIdAsc(long campaignId);

    Optional<CampaignReport> findByReportId(long reportId);

    Optional<CampaignReport> findByCampaignIdAndTownshipId(long campaignId, long townshipId);
}
