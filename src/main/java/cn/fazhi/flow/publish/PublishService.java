package cn.fazhi.flow.publish;

import cn.fazhi.flow.audit.AuditAction;
import cn.fazhi.flow.audit.AuditService;
import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.org.AccessPolicy;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.TownshipInfo;
import cn.fazhi.flow.org.UserAccount;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportDetails;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ReportStatus;
import cn.fazhi.flow.workflow.WorkflowService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publication of approved reports. An ADMIN of the report's county confirms the 保密审查 (no state secrets, no personal
 * data), may redact passages, and publishes: the public version (the latest version with the redactions applied) is
 * stored beside the internal versions, which stay as they are; the report becomes {@code PUBLISHED}, the date is kept
 * and the report is flagged late when published after its deadline. The public pages read only published reports and
 * only their public version, without any login.
 */
@Service
@Transactional(readOnly = true)
public class PublishService {

    /** What stands in the public version for every redacted passage, whatever its length. */
    public static final String REDACTION_MARK = "■■■";

    /** Without another deadline, reports are due for publication on 1 April of the year after the report year. */
    static final MonthDay DEFAULT_DEADLINE = MonthDay.of(4, 1);

    private final PublicationRepository publications;
    private final ReportService reports;
    private final OrgService org;
    private final AuditService audit;
    private final WorkflowService workflow;
    private final ObjectProvider<PublicationDeadlines> deadlines;
    private final ObjectMapper json;
    private final Clock clock;

    PublishService(
            PublicationRepository publications,
            ReportService reports,
            OrgService org,
            AuditService audit,
            WorkflowService workflow,
            ObjectProvider<PublicationDeadlines> deadlines,
            ObjectMapper json,
            Clock clock) {
        this.publications = publications;
        this.reports = reports;
        this.org = org;
        this.audit = audit;
        this.workflow = workflow;
        this.deadlines = deadlines;
        this.json = json;
        this.clock = clock;
    }

    // --- for signed-in users ------------------------------------------------------------------------------------

    /** Whether the current user may publish the report now: an ADMIN of its county, the report approved. */
    public boolean canPublish(long reportId) {
        ReportDetails report = reports.get(reportId);
        UserAccount me = org.currentUser();
        return AccessPolicy.mayPublish(me, report.countyId()) && report.status() == ReportStatus.APPROVED;
    }

    /** How the report was published, for a user who may see it; empty while it is not published. */
    public Optional<PublicationInfo> publication(long reportId) {
        reports.requireReadable(reportId);
        return publications.findById(reportId).map(this::info);
    }

    /**
     * The public version the report would get with these redactions, for the ADMIN about to publish it; 400 when a
     * passage is not in the text.
     */
    public ReportContent preview(long reportId, List<String> redactions) {
        ReportDetails report = requireAdmin(reportId);
        ReportContent latest = latestVersion(report);
        return Redactions.apply(latest, Redactions.clean(redactions, latest));
    }

    /**
     * Publishes an approved report: 403 unless the user is an ADMIN of its county, 409 unless it is approved and not
     * yet published, 400 without the confirmation of the 保密审查 or with a passage to redact that is not in the text.
     * The deadline is the campaign's, or 1 April of the year after the report year.
     */
    @Transactional
    public PublicationInfo publish(long reportId, boolean confidentialityChecked, List<String> redactions) {
        ReportDetails report = requireAdmin(reportId);
        if (report.status() == ReportStatus.PUBLISHED || publications.existsById(reportId)) {
            throw FlowException.conflict("publish.error.alreadyPublished");
        }
        if (report.status() != ReportStatus.APPROVED) {
            throw FlowException.conflict("publish.error.notApproved");
        }
        if (!confidentialityChecked) {
            throw FlowException.invalid("publish.error.notChecked");
        }
        return publishChecked(report, org.currentUser().username(), redactions);
    }

    // --- for everyone, without login ------------------------------------------------------------------------------

    /** Every published report, newest year first; the county and the year narrow it when given. */
    public List<PublishedReport> published(Long countyId, Integer year) {
        return publications.findAllByOrderByYearDescCountyIdAscTownshipIdAsc().stream()
                .filter(p -> countyId == null || p.getCountyId() == countyId)
                .filter(p -> year == null || p.getYear() == year)
                .map(this::listed)
                .sorted(Comparator.comparing(PublishedReport::year)
                        .reversed()
                        .thenComparing(PublishedReport::county)
                        .thenComparing(PublishedReport::township))
                .toList();
    }

    /** A published report as the public sees it; 404 for any report that is not published. */
    public PublishedReport publishedReport(long reportId) {
        return listed(findPublished(reportId));
    }

    /** The public version of a published report; 404 for any report that is not published. */
    public ReportContent publicVersion(long reportId) {
        return read(findPublished(reportId).getPublicContent(), ReportContent.class);
    }

    // --- internals -------------------------------------------------------------------------------------------------

    private PublicationInfo publishChecked(ReportDetails report, String by, List<String> redactions) {
        ReportContent latest = latestVersion(report);
        List<String> passages = Redactions.clean(redactions, latest);
        ReportContent publicVersion = Redactions.apply(latest, passages);
        Instant now = clock.instant();
        LocalDate deadline = deadline(report.countyId(), report.year());
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        boolean late = today.isAfter(deadline);
        Publication publication = save(new Publication(
                report.id(),
                report.countyId(),
                report.townshipId(),
                report.year(),
                report.version(),
                publicVersion.title(),
                by,
                now,
                write(passages),
                write(publicVersion),
                by,
                now,
                deadline,
                late));
        audit.record(report.id(), by, AuditAction.CONFIDENTIALITY_CHECKED, null, "");
        // The process ends, and the report becomes PUBLISHED.
        workflow.published(report.id());
        // The detail is the deadline (ISO date); whether it was late is the publication's.
        audit.record(report.id(), by, AuditAction.PUBLISHED, null, deadline.toString());
        return info(publication);
    }

    /** Stores the publication; a second one for the same report (two administrators at once) is a conflict. */
    private Publication save(Publication publication) {
        try {
            return publications.saveAndFlush(publication);
        } catch (DataIntegrityViolationException e) {
            throw FlowException.conflict("publish.error.alreadyPublished");
        }
    }

    /** The report's deadline for publication: the campaign's, or 1 April of the following year. */
    LocalDate deadline(long countyId, int year) {
        return Optional.ofNullable(deadlines.getIfAvailable())
                .flatMap(d -> d.deadline(countyId, year))
                .orElseGet(() -> DEFAULT_DEADLINE.atYear(year + 1));
    }

    private ReportDetails requireAdmin(long reportId) {
        ReportDetails report = reports.get(reportId);
        AccessPolicy.requireMayPublish(org.currentUser(), report.countyId(), "publish.error.notAdmin");
        return report;
    }

    private ReportContent latestVersion(ReportDetails report) {
        if (report.version() < 1) {
            throw FlowException.conflict("publish.error.notApproved");
        }
        return reports.version(report.id(), report.version());
    }

    private Publication findPublished(long reportId) {
        return publications.findById(reportId).orElseThrow(() -> FlowException.notFound("publish.error.notPublished"));
    }

    private PublishedReport listed(Publication p) {
        TownshipInfo township = org.township(p.getTownshipId());
        return new PublishedReport(
                p.getReportId(),
                p.getCountyId(),
                township.countyName(),
                reports.describe(p.getReportId()).township(),
                p.getYear(),
                p.getTitle(),
                LocalDate.ofInstant(p.getPublishedAt(), clock.getZone()));
    }

    private PublicationInfo info(Publication p) {
        List<String> redactions =
                p.getRedactions() == null ? List.of() : read(p.getRedactions(), new TypeReference<List<String>>() {});
        return new PublicationInfo(
                p.getReportId(),
                p.getVersion(),
                p.getCheckedBy(),
                p.getCheckedAt(),
                redactions,
                p.getPublishedBy(),
                p.getPublishedAt(),
                p.getDeadline(),
                p.isLate());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
