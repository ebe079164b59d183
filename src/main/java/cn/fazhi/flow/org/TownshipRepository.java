package cn.fazhi.flow.org;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TownshipRepository extends JpaRepository<Township, Long> {

    List<Township> findByCountyIdOrderByCode(Long countyId);

    Optional<Township> findByCode(String code);

    List<Township> findByCodeIn(Collection<String> codes);
}
