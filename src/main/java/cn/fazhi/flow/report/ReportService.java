package cn.fazhi.flow.report;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.TownshipInfo;
import cn.fazhi.flow.org.UserAccount;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports and their versions. Every public method that a user reaches checks through {@link OrgService} that the
 * current user may see (or draft) the report's township; the methods marked "process" are called by the report-review
 * process inside a user's own, already checked, action.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

    private final ReportRepository reports;
    private final ReportVersionRepository versions;
    private final OrgService org;
    private final ObjectMapper json;
    private final Clock clock;

    ReportService(
            ReportRepository reports,
            ReportVersionRepository versions,
            OrgService org,
            ObjectMapper json,
            Clock clock) {
        this.reports = reports;
        this.versions = versions;
        this.org = org;
        this.json = json;
        this.clock = clock;
    }

    /** The reports the current user may see, newest year first. */
    public List<ReportSummary> list() {
        UserAccount me = org.currentUser();
        var townships = org.readableTownships(me);
        return reports.findByTownshipIdInOrderByYearDescTownshipIdAsc(townships).stream()
                .map(r -> summary(r, org.township(r.getTownshipId())))
                .toList();
    }

    public ReportDetails get(long reportId) {
        Report report = find(reportId);
        TownshipInfo township = org.requireReadable(report.getTownshipId());
        return details(report, township);
    }

    /** The township of a report the current user may see; 404 for an unknown report, 403 for one they may not. */
    public TownshipInfo requireReadable(long reportId) {
        return org.requireReadable(find(reportId).getTownshipId());
    }

    /** The township of a report the current user drafts; 404 for an unknown report, 403 for one they do not. */
    public TownshipInfo requireDraftable(long reportId) {
        return org.requireDraftable(find(reportId).getTownshipId());
    }

    /** Saves the drafter's working copy, refusing a save made against an older copy than the stored one. */
    @Transactional
    public DraftSaved saveDraft(long reportId, ReportContent content, long expectedLockVersion) {
        Report report = find(reportId);
        org.requireDraftable(report.getTownshipId());
        if (!report.getStatus().editable()) {
            throw FlowException.conflict("error.notEditable");
        }
        if (report.getLockVersion() != expectedLockVersion) {
            throw FlowException.conflict("error.concurrentEdit");
        }
        validate(content);
        report.replaceContent(content, org.currentUser().username(), clock.instant());
        try {
            reports.saveAndFlush(report);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw FlowException.conflict("error.concurrentEdit");
        }
        return new DraftSaved(reportId, report.getLockVersion(), report.getDraftSavedAt());
    }

    public List<VersionInfo> versions(long reportId) {
        requireReadable(reportId);
        return versions.findByReportIdOrderByNumberAsc(reportId).stream()
                .map(ReportVersionEntity::info)
                .toList();
    }

    public ReportContent version(long reportId, int number) {
        requireReadable(reportId);
        return versions.findByReportIdAndNumber(reportId, number)
                .map(v -> read(v.getContent()))
                .orElseThrow(() -> FlowException.notFound("error.versionNotFound", number));
    }

    /**
     * What changed between two versions of a report the current user may see: {@code to} defaults to the latest
     * version, {@code from} to the one before it (0 compares with an empty report); 404 for a version that does not
     * exist.
     */
    public VersionDiff.Result diff(long reportId, Integer from, Integer to) {
        ReportDetails report = get(reportId);
        int newer = to != null ? to : report.version();
        int older = from != null ? from : newer - 1;
        if (newer < 1) {
            throw FlowException.notFound("error.versionNotFound", newer);
        }
        if (older < 0) {
            throw FlowException.notFound("error.versionNotFound", older);
        }
        ReportContent previous =
                older == 0 ? new ReportContent("", "", List.of(), Closing.EMPTY) : version(reportId, older);
        return VersionDiff.compare(previous, version(reportId, newer));
    }

    // --- called by the report-review process and by the feature that opens reports ---

    /** Process: creates a township's report for a year with a first working copy. */
    @Transactional
    public long create(long townshipId, int year, ReportContent initial, String createdBy) {
        if (reports.findByTownshipIdAndYear(townshipId, year).isPresent()) {
            throw FlowException.conflict("error.reportExists", year);
        }
        Report report = new Report(townshipId, org.township(townshipId).name(), year, clock.instant());
        report.replaceContent(initial, createdBy, clock.instant());
        return reports.save(report).getId();
    }

    /** Process: a report's line for work no user starts (notifications, timers); no user check. */
    public ReportSummary describe(long reportId) {
        Report report = find(reportId);
        return summary(report, org.township(report.getTownshipId()));
    }

    /** Process: links the report to its report-review process instance. */
    @Transactional
    public void attachProcess(long reportId, String processInstanceId) {
        find(reportId).setProcessInstanceId(processInstanceId);
    }

    /**
     * Process: the report has reached a new step of its process. Only the workflow's status writer calls this (a test
     * keeps it so); a move {@link ReportStatus#canMoveTo} does not allow is an {@link IllegalStateException}.
     */
    @Transactional
    public void moveTo(long reportId, ReportStatus status, String step) {
        Report report = find(reportId);
        if (!report.getStatus().canMoveTo(status)) {
            throw new IllegalStateException(
                    "Report " + reportId + " cannot move from " + report.getStatus() + " to " + status);
        }
        report.setStatus(status);
        report.setCurrentStep(step);
    }

    /** The working copy as it stands, for a user who may see the report (the pre-check reads it at submission). */
    public ReportContent workingCopy(long reportId) {
        Report report = find(reportId);
        org.requireReadable(report.getTownshipId());
        return report.content();
    }

    /** Process: freezes the working copy as the next numbered version and returns its number. */
    @Transactional
    public int freezeVersion(long reportId, String submittedBy) {
        Report report = find(reportId);
        int number = report.nextVersion();
        versions.save(new ReportVersionEntity(reportId, number, write(report.content()), clock.instant(), submittedBy));
        return number;
    }

    private Report find(long reportId) {
        return reports.findById(reportId).orElseThrow(() -> FlowException.notFound("error.reportNotFound", reportId));
    }

    private static void validate(ReportContent content) {
        if (content.title().length() > 500) {
            throw FlowException.invalid("error.titleTooLong", 500);
        }
        long distinctKinds =
                content.parts().stream().map(ReportPart::kind).distinct().count();
        if (distinctKinds != content.parts().size()) {
            throw FlowException.invalid("error.duplicatePart");
        }
        for (ReportPart part : content.parts()) {
            if (part.kind() == null) {
                throw FlowException.invalid("error.partKindMissing");
            }
            if (part.heading().length() > 500) {
                throw FlowException.invalid("error.headingTooLong", 500);
            }
        }
    }

    private ReportSummary summary(Report r, TownshipInfo township) {
        return new ReportSummary(
                r.getId(),
                r.getTownshipId(),
                r.townshipName(township.name()),
                r.getYear(),
                r.getStatus(),
                r.getCurrentStep(),
                r.getCurrentVersion(),
                r.getTitle());
    }

    private ReportDetails details(Report r, TownshipInfo township) {
        return new ReportDetails(
                r.getId(),
                r.getTownshipId(),
                r.townshipName(township.name()),
                township.countyId(),
                r.getYear(),
                r.getStatus(),
                r.getCurrentStep(),
                r.getProcessInstanceId(),
                r.content(),
                r.getCurrentVersion(),
                r.getLockVersion(),
                r.getDraftSavedAt(),
                r.getDraftSavedBy(),
                versions.findByReportIdOrderByNumberAsc(r.getId()).stream()
                        .map(ReportVersionEntity::info)
                        .toList());
    }

    private String write(ReportContent content) {
        return ContentJson.write(json, content);
    }

    private ReportContent read(String content) {
        return ContentJson.read(json, content);
    }
}
