package cn.fazhi.flow.campaign;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CampaignRepository extends JpaRepository<Campaign, Long> {

    Optional<Campaign> findByCountyIdAndYear(long countyId, int year);

    List<Campaign> findByCountyIdOrderByYearDesc(long countyId);
}
