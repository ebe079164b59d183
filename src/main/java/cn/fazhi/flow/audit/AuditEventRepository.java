package cn.fazhi.flow.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findByReportIdOrderByOccurredAtAscIdAsc(long reportId);
}
