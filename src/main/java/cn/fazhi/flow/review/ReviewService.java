package cn.fazhi.flow.review;

import static cn.fazhi.flow.workflow.ReportReviewProcess.*;

import cn.fazhi.flow.audit.AuditAction;
import cn.fazhi.flow.audit.AuditService;
import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.check.CheckService;
import cn.fazhi.flow.check.Finding;
import cn.fazhi.flow.org.AccessPolicy;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.TownshipInfo;
import cn.fazhi.flow.org.UserAccount;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportDetails;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ReportStatus;
import cn.fazhi.flow.report.ReportSummary;
import cn.fazhi.flow.report.VersionInfo;
import cn.fazhi.flow.workflow.WorkItem;
import cn.fazhi.flow.workflow.WorkflowService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of reports through the {@code reportReview} process: opening a report, submitting, withdrawing, the task
 * lists, claiming and deciding. Every method checks that the current user may do what they ask, whatever the UI shows.
 */
@Service
@Transactional
public class ReviewService {

    private final WorkflowService workflow;
    private final ReportService reports;
    private final OrgService org;
    private final CheckService checks;
    private final AuditService audit;
    private final CommentService comments;
    private final Clock clock;

    ReviewService(
            WorkflowService workflow,
            ReportService reports,
            OrgService org,
            CheckService checks,
            AuditService audit,
            CommentService comments,
            Clock clock) {
        this.workflow = workflow;
        this.reports = reports;
        this.org = org;
        this.checks = checks;
        this.audit = audit;
        this.comments = comments;
        this.clock = clock;
    }

    /**
     * Opens a township's report for a year with a first working copy and starts its review. The county's ADMIN or
     * the township's DRAFTER may do this.
     */
    public long open(long townshipId, int year, ReportContent initial) {
        UserAccount me = org.currentUser();
        TownshipInfo township = org.requireReadable(townshipId);
        AccessPolicy.requireMayOpenReport(me, township, "error.noAccess");
        int thisYear = clock.instant().atZone(clock.getZone()).getYear();
        if (year < 2000 || year > thisYear + 1) {
            throw FlowException.invalid("error.yearOutOfRange", 2000, thisYear + 1);
        }
        long reportId = reports.create(townshipId, year, initial, me.username());
        String processInstanceId =
                workflow.startReview(reportId, townshipId, township.countyId(), township.leadSignOffRequired());
        reports.attachProcess(reportId, processInstanceId);
        audit.record(reportId, me.username(), AuditAction.CREATED, TASK_DRAFT, String.valueOf(year));
        return reportId;
    }

    /**
     * Submits the working copy. The pre-check runs once, here, and its result goes with the submission; the process
     * routes on it: with an ERROR finding the report stays in draft and the result carries the findings; otherwise a
     * new version is frozen and the report moves on. Whether it was accepted is read back from the process.
     */
    public SubmitResult submit(long reportId) {
        ReportDetails before = reports.get(reportId);
        UserAccount me = org.currentUser();
        org.requireDraftable(before.townshipId());
        WorkItem task = workflow.openTask(before.processInstanceId())
                .filter(t -> TASK_DRAFT.equals(t.step()))
                .orElseThrow(() -> FlowException.conflict("error.notInDraft"));
        List<Finding> findings = checks.checkFor(reportId);
        boolean passed = findings.stream().noneMatch(Finding::blocking);
        boolean accepted = workflow.submit(task, me.username(), passed);
        ReportDetails after = reports.get(reportId);
        if (accepted) {
            audit.record(reportId, me.username(), AuditAction.SUBMITTED, after.step(), "v" + after.version());
        } else {
            String rules = findings.stream()
                    .filter(Finding::blocking)
                    .map(Finding::rule)
                    .distinct()
                    .collect(Collectors.joining(","));
            audit.record(reportId, me.username(), AuditAction.PRECHECK_BLOCKED, TASK_DRAFT, rules);
        }
        return new SubmitResult(accepted, after.status(), after.version(), findings);
    }

    /** Takes back a submission that no reviewer has claimed or decided yet; the report returns to draft. */
    public void withdraw(long reportId) {
        ReportDetails report = reports.get(reportId);
        UserAccount me = org.currentUser();
        org.requireDraftable(report.townshipId());
        WorkItem task = workflow.openTask(report.processInstanceId())
                .filter(t -> REVIEW_TASKS.contains(t.step()))
                .orElseThrow(() -> FlowException.conflict("error.nothingToWithdraw"));
        if (task.assignee() != null) {
            throw FlowException.conflict("error.withdrawClaimed");
        }
        if (workflow.decided(report.processInstanceId())) {
            throw FlowException.conflict("error.withdrawDecided");
        }
        workflow.withdraw(report.processInstanceId());
        audit.record(reportId, me.username(), AuditAction.WITHDRAWN, task.step(), "");
    }

    /** The caller's own open tasks and the pool tasks they may claim, oldest first. */
    @Transactional(readOnly = true)
    public List<TaskItem> myTasks() {
        UserAccount me = org.currentUser();
        Map<Long, ReportSummary> readable = readableReports();
        return workflow.openTasks(me.username(), candidateGroups(me)).stream()
                .filter(t -> readable.containsKey(t.reportId()))
                .map(t -> {
                    ReportSummary r = readable.get(t.reportId());
                    return new TaskItem(
                            t.id(),
                            r.id(),
                            r.township(),
                            r.year(),
                            t.step(),
                            t.assignee(),
                            t.created(),
                            t.due(),
                            r.status() == ReportStatus.RETURNED);
                })
                .toList();
    }

    /** The tasks the caller completed (已办), newest first. */
    @Transactional(readOnly = true)
    public List<DoneItem> doneTasks() {
        UserAccount me = org.currentUser();
        Map<Long, ReportSummary> readable = readableReports();
        return workflow.completedBy(me.username(), 200).stream()
                .filter(t -> readable.containsKey(t.reportId()))
                .map(t -> {
                    ReportSummary r = readable.get(t.reportId());
                    return new DoneItem(t.id(), r.id(), r.township(), r.year(), t.step(), t.completed());
                })
                .toList();
    }

    /** Takes a pool task for oneself. */
    public void claim(String taskId) {
        UserAccount me = org.currentUser();
        WorkItem task = openTask(taskId, me);
        if (task.assignee() != null) {
            if (task.assignee().equals(me.username())) {
                return;
            }
            throw FlowException.conflict("error.taskClaimedByOther", task.assignee());
        }
        workflow.claim(taskId, me.username());
        audit.record(task.reportId(), me.username(), AuditAction.CLAIMED, task.step(), "");
    }

    /**
     * A reviewer's decision on a review task. A return must carry a comment, which is kept with the report; the county
     * may ask for a new legal review when it returns.
     */
    public void decide(String taskId, Decision decision, String comment, boolean legalReReview) {
        if (decision == null) {
            throw FlowException.invalid("error.decisionMissing");
        }
        String text = comment == null ? "" : comment.strip();
        if (decision == Decision.RETURN && text.isEmpty()) {
            throw FlowException.invalid("error.returnNeedsComment");
        }
        UserAccount me = org.currentUser();
        WorkItem task = openTask(taskId, me);
        if (!REVIEW_TASKS.contains(task.step())) {
            throw FlowException.invalid("error.notAReviewTask");
        }
        if (task.assignee() != null && !task.assignee().equals(me.username())) {
            throw FlowException.conflict("error.taskClaimedByOther", task.assignee());
        }
        long reportId = task.reportId();
        if (!text.isEmpty()) {
            comments.addDecisionComment(reportId, text);
        }
        workflow.decide(task, me.username(), decision == Decision.APPROVE, legalReReview);
        audit.record(
                reportId,
                me.username(),
                decision == Decision.APPROVE ? AuditAction.APPROVED : AuditAction.RETURNED,
                task.step(),
                text);
    }

    /** Where the report's process stands now. */
    @Transactional(readOnly = true)
    public Position position(long reportId) {
        ReportDetails report = reports.get(reportId);
        return workflow.openTask(report.processInstanceId())
                .map(task -> new Position(task.id(), task.step(), task.assignee(), task.created()))
                .orElse(Position.NONE);
    }

    /** When the report's open task is due, as of now; empty when it has no deadline or waits for no one. */
    @Transactional(readOnly = true)
    public Optional<Deadline> deadline(long reportId) {
        ReportDetails report = reports.get(reportId);
        return workflow.openTask(report.processInstanceId()).map(WorkItem::due).map(due -> Deadline.of(due, clock));
    }

    /** Whether the current user may act on the report's open task now (claim or decide it, or submit the draft). */
    @Transactional(readOnly = true)
    public boolean canAct(long reportId) {
        ReportDetails report = reports.get(reportId);
        WorkItem task = workflow.openTask(report.processInstanceId()).orElse(null);
        if (task == null) {
            return false;
        }
        UserAccount me = org.currentUser();
        return me.username().equals(task.assignee()) || (task.assignee() == null && isCandidate(task, me));
    }

    /**
     * The version the current user last decided on (approved or returned), 0 when they never did: the version a
     * reviewer's comparison starts from.
     */
    @Transactional(readOnly = true)
    public int lastReviewedVersion(long reportId) {
        String me = org.currentUser().username();
        Instant lastDecision = audit.history(reportId).stream()
                .filter(h -> me.equals(h.actor()))
                .filter(h -> h.action() == AuditAction.APPROVED || h.action() == AuditAction.RETURNED)
                .map(cn.fazhi.flow.audit.HistoryEntry::at)
                .reduce((a, b) -> b)
                .orElse(null);
        if (lastDecision == null) {
            return 0;
        }
        return versionAt(reports.get(reportId).versions(), lastDecision);
    }

    /** The versions whose submission the drafter withdrew (before any reviewer took it up). */
    @Transactional(readOnly = true)
    public Set<Integer> withdrawnVersions(long reportId) {
        List<VersionInfo> versions = reports.get(reportId).versions();
        return audit.history(reportId).stream()
                .filter(h -> h.action() == AuditAction.WITHDRAWN)
                .map(h -> versionAt(versions, h.at()))
                .filter(v -> v > 0)
                .collect(Collectors.toSet());
    }

    /** The latest version submitted at or before {@code at}, 0 when none was. */
    private static int versionAt(List<VersionInfo> versions, Instant at) {
        return versions.stream()
                .filter(v -> !v.submittedAt().isAfter(at))
                .mapToInt(VersionInfo::number)
                .max()
                .orElse(0);
    }

    /** An open task the user may work on: 404 if it never existed, 409 if it is done, 403 if not theirs to see. */
    private WorkItem openTask(String taskId, UserAccount me) {
        WorkItem task = workflow.task(taskId)
                .orElseThrow(() -> workflow.existed(taskId)
                        ? FlowException.conflict("error.taskGone")
                        : FlowException.notFound("error.taskNotFound"));
        reports.requireReadable(task.reportId());
        boolean mine = me.username().equals(task.assignee());
        if (!mine && !isCandidate(task, me)) {
            throw FlowException.forbidden("error.notYourTask");
        }
        return task;
    }

    private boolean isCandidate(WorkItem task, UserAccount me) {
        Set<String> groups = candidateGroups(me);
        return workflow.candidateGroups(task.id()).stream().anyMatch(groups::contains);
    }

    private Map<Long, ReportSummary> readableReports() {
        return reports.list().stream().collect(Collectors.toMap(ReportSummary::id, Function.identity()));
    }
}
