package cn.fazhi.flow.org;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CountyRepository extends JpaRepository<County, Long> {

    Optional<County> findByCode(String code);
}
