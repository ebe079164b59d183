package cn.fazhi.flow.audit;

import java.time.Instant;
import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Reads the security log with the decisions of the reports' histories beside it. Read only. */
interface LogEntryRepository extends Repository<LogEntry, Long> {

    /**
     * The entries that match every filter given (a null filter matches all): written in [from, to), by the actor,
     * of the action, with the result. Of the reports' histories only the {@code decisions} are read.
     */
    @Query(
            """
            select e from LogEntry e
            where (e.origin = 'security_log' or e.action in :decisions)
              and (:from is null or e.occurredAt >= :from)
              and (:to is null or e.occurredAt < :to)
              and (:actor is null or e.actor = :actor)
              and (:action is null or e.action = :action)
              and (:success is null or e.success = :success)
            """)
    Page<LogEntry> find(
            Collection<String> decisions,
            Instant from,
            Instant to,
            String actor,
            String action,
            Boolean success,
            Pageable page);
}
