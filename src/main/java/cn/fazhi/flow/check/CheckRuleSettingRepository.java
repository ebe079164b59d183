package cn.fazhi.flow.check;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CheckRuleSettingRepository extends JpaRepository<CheckRuleSetting, Long> {

    List<CheckRuleSetting> findByCountyId(long countyId);

    Optional<CheckRuleSetting> findByCountyIdAndRule(long countyId, String rule);
}
