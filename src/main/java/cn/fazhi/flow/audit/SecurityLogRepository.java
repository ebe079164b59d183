package cn.fazhi.flow.audit;

import java.time.Instant;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Writes the security log. Append-only: it adds entries, and removes only those older than a moment, for the purge;
 * it has no other update or delete.
 */
interface SecurityLogRepository extends Repository<SecurityLogRecord, Long> {

    SecurityLogRecord save(SecurityLogRecord record);

    /** Removes the entries written before {@code cutoff}; answers how many. */
    @Modifying
    @Query("delete from SecurityLogRecord r where r.occurredAt < :cutoff")
    int purgeBefore(Instant cutoff);
}
