package cn.fazhi.flow.audit;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.base.Messages;
import cn.fazhi.flow.org.AccessPolicy;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.UserAccount;
import cn.fazhi.flow.report.ReportService;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and reads the history of a report, and reads the security log (安全审计) for the AUDITOR alone. Entries are
 * never changed or deleted; the security log's oldest are purged after the retention.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

    /** The most entries a page of the security log holds; a larger page asked for is cut to this size. */
    public static final int MAX_PAGE_SIZE = 500;

    /** The most entries one .xlsx export holds, the newest; its summary line says when more matched. */
    public static final int MAX_EXPORT = 20_000;

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("key"));

    private static final List<String> DECISIONS =
            AuditAction.DECISIONS.stream().map(Enum::name).toList();

    private final AuditEventRepository events;
    private final LogEntryRepository log;
    private final ReportService reports;
    private final OrgService org;
    private final Messages messages;
    private final Clock clock;

    AuditService(
            AuditEventRepository events,
            LogEntryRepository log,
            ReportService reports,
            OrgService org,
            Messages messages,
            Clock clock) {
        this.events = events;
        this.log = log;
        this.reports = reports;
        this.org = org;
        this.messages = messages;
        this.clock = clock;
    }

    /** Records what happened, in the caller's transaction: it is kept exactly when the action is. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long reportId, String actor, AuditAction action, String step, String detail) {
        events.save(new AuditEvent(reportId, clock.instant(), actor, action, step, detail));
    }

    /** The history of a report the current user may see, oldest first. */
    public List<HistoryEntry> history(long reportId) {
        reports.requireReadable(reportId);
        return events.findByReportIdOrderByOccurredAtAscIdAsc(reportId).stream()
                .map(AuditEvent::entry)
                .toList();
    }

    /**
     * A page (from 0) of the security log, newest first, with the process decisions of the reports' histories beside
     * its entries; at most {@link #MAX_PAGE_SIZE} entries. For the AUDITOR alone (403 for everyone else).
     */
    public SecurityLogPage securityLog(SecurityLogFilter filter, int page, int size) {
        requireAuditor();
        if (page < 0 || size < 1) {
            throw FlowException.invalid("audit.error.badPage");
        }
        int capped = Math.min(size, MAX_PAGE_SIZE);
        Page<LogEntry> found = find(filter, PageRequest.of(page, capped, NEWEST_FIRST));
        return new SecurityLogPage(named(found.getContent()), page, capped, found.getTotalElements());
    }

    /**
     * The entries that match, newest first and at most {@link #MAX_EXPORT}, as an .xlsx workbook in the language. For
     * the AUDITOR alone.
     */
    public byte[] securityLogXlsx(SecurityLogFilter filter, Locale locale) {
        requireAuditor();
        Page<LogEntry> found = find(filter, PageRequest.of(0, MAX_EXPORT, NEWEST_FIRST));
        Locale language = Messages.supported(locale);
        SecurityLogTexts.Translation t = (key, args) -> messages.get(language, key, args);
        SecurityLogTexts texts = new SecurityLogTexts(t, language, clock.getZone());
        boolean cut = found.getTotalElements() > found.getNumberOfElements();
        String summary = t.get(
                cut ? "security.xlsx.cut" : "security.xlsx.summary",
                texts.time(clock.instant()),
                found.getNumberOfElements(),
                found.getTotalElements());
        return new SecurityLogWorkbook(texts, t).write(named(found.getContent()), summary);
    }

    private Page<LogEntry> find(SecurityLogFilter filter, Pageable page) {
        return log.find(DECISIONS, filter.from(), filter.to(), filter.user(), filter.action(), filter.success(), page);
    }

    /** The entries with the names of the users who acted (a login no user has, the system's: no name). */
    private List<SecurityLogEntry> named(List<LogEntry> found) {
        Map<String, Optional<String>> names = new HashMap<>();
        return found.stream()
                .map(e -> e.entry(names.computeIfAbsent(
                                e.actor(), login -> org.findUser(login).map(UserAccount::displayName))
                        .orElse(null)))
                .toList();
    }

    private void requireAuditor() {
        AccessPolicy.requireAuditor(org.currentUser(), "audit.error.auditorOnly");
    }
}
