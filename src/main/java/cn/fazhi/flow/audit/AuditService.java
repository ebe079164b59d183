package cn.fazhi.flow.audit;

import cn.fazhi.flow.report.ReportService;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records and reads the history of a report. Entries are never changed or deleted. */
@Service
@Transactional(readOnly = true)
public class AuditService {

    private final AuditEventRepository events;
    private final ReportService reports;
    private final Clock clock;

    AuditService(AuditEventRepository events, ReportService reports, Clock clock) {
        this.events = events;
        this.reports = reports;
        this.clock = clock;
    }

    /** Records what happened, in the caller's transaction: it is kept exactly when the action is. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long reportId, String actor, AuditAction action, String step, String detail) {
        events.save(new AuditEvent(reportId, clock.instant(), actor, action, step, detail));
    }

    /** The history of a report the current user may see, oldest first. */
    public List<HistoryEntry> history(long reportId) {
        reports.townshipOf(reportId);
        return events.findByReportIdOrderByOccurredAtAscIdAsc(reportId).stream()
                .map(AuditEvent::entry)
                .toList();
    }
}
