package cn.fazhi.flow.check;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CheckWaiverRepository extends JpaRepository<CheckWaiver, Long> {

    List<CheckWaiver> findByReportIdOrderByWaivedAtAscIdAsc(long reportId);
}
