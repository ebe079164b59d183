package cn.fazhi.flow.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportRepository extends JpaRepository<Report, Long> {

    List<Report> findByTownshipIdInOrderByYearDescTownshipIdAsc(Collection<Long> townshipIds);

    Optional<Report> findByTownshipIdAndYear(long townshipId, int year);
}
