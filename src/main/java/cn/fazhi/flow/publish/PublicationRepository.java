package cn.fazhi.flow.publish;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PublicationRepository extends JpaRepository<Publication, Long> {

    List<Publication> findAllByOrderByYearDescCountyIdAscTownshipIdAsc();
}
