package cn.fazhi.flow.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportVersionRepository extends JpaRepository<ReportVersionEntity, Long> {

    List<ReportVersionEntity> findByReportIdOrderByNumberAsc(long reportId);

    Optional<ReportVersionEntity> findByReportIdAndNumber(long reportId, int number);
}
