package cn.fazhi.flow.org;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SignInFailureRepository extends JpaRepository<SignInFailure, Long> {

    /** The address's latest failures since a moment, the newest first, at most {@code limit}. */
    List<SignInFailure> findByClientAddressAndFailedAtAfterOrderByFailedAtDesc(
            String clientAddress, Instant since, Limit limit);

    @Modifying
    @Query("delete from SignInFailure f where f.failedAt < :before")
    int deleteOlderThan(Instant before);
}
