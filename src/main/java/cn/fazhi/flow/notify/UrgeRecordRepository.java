package cn.fazhi.flow.notify;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UrgeRecordRepository extends JpaRepository<UrgeRecord, Long> {

    Optional<UrgeRecord> findFirstByReportIdOrderByUrgedAtDescIdDesc(long reportId);
}
