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
import cn.fazhi.flow.report.ReportSummary;
import cn.fazhi.flow.workflow.ReportReviewProcess;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of reports through the {@code reportReview} process: opening a report, submitting, withdrawing, the task
 * lists, claiming and deciding. Every method checks that the current user may do what they ask, whatever the UI shows.
 */
@Service
@Transactional
public class ReviewService {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final ReportService reports;
    private final OrgService org;
    private final CheckService checks;
    private final AuditService audit;
    private final CommentService comments;
    private final Clock clock;

    ReviewService(
            RuntimeService runtime,
            TaskService tasks,
            HistoryService history,
            ReportService reports,
            OrgService org,
            CheckService checks,
            AuditService audit,
            CommentService comments,
            Clock clock) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
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
        ProcessInstance instance = runtime.startProcessInstanceByKey(
                KEY,
                String.valueOf(reportId),
                startVariables(reportId, townshipId, township.countyId(), township.leadSignOffRequired()));
        reports.attachProcess(reportId, instance.getId());
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
        Task task = currentTask(before.processInstanceId());
        if (task == null || !TASK_DRAFT.equals(task.getTaskDefinitionKey())) {
            throw FlowException.conflict("error.notInDraft");
        }
        List<Finding> findings = checks.checkFor(reportId);
        boolean passed = findings.stream().noneMatch(Finding::blocking);
        complete(task, me, submitVariables(me.username(), passed));
        boolean accepted = Boolean.TRUE.equals(runtime.getVariable(before.processInstanceId(), VAR_PRECHECK_PASSED));
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
        Task task = currentTask(report.processInstanceId());
        if (task == null || !REVIEW_TASKS.contains(task.getTaskDefinitionKey())) {
            throw FlowException.conflict("error.nothingToWithdraw");
        }
        if (task.getAssignee() != null) {
            throw FlowException.conflict("error.withdrawClaimed");
        }
        if (runtime.getVariable(report.processInstanceId(), VAR_DECISION) != null) {
            throw FlowException.conflict("error.withdrawDecided");
        }
        runtime.createMessageCorrelation(MESSAGE_WITHDRAW)
                .processInstanceId(report.processInstanceId())
                .correlate();
        audit.record(reportId, me.username(), AuditAction.WITHDRAWN, task.getTaskDefinitionKey(), "");
    }

    /** The caller's own open tasks and the pool tasks they may claim, oldest first. */
    @Transactional(readOnly = true)
    public List<TaskItem> myTasks() {
        UserAccount me = org.currentUser();
        Set<String> groups = candidateGroups(me);
        var query = tasks.createTaskQuery().processDefinitionKey(KEY);
        if (groups.isEmpty()) {
            query.taskAssignee(me.username());
        } else {
            query.or()
                    .taskAssignee(me.username())
                    .taskCandidateGroupIn(List.copyOf(groups))
                    .endOr();
        }
        List<Task> open = query.orderByTaskCreateTime().asc().list();
        Map<Long, ReportSummary> readable = readableReports();
        Map<String, Long> reportOf =
                runtimeReports(open.stream().map(Task::getProcessInstanceId).toList());
        return open.stream()
                .filter(t -> readable.containsKey(reportOf.get(t.getProcessInstanceId())))
                .map(t -> {
                    ReportSummary r = readable.get(reportOf.get(t.getProcessInstanceId()));
                    return new TaskItem(
                            t.getId(),
                            r.id(),
                            r.township(),
                            r.year(),
                            t.getTaskDefinitionKey(),
                            t.getAssignee(),
                            instant(t.getCreateTime()),
                            instant(t.getDueDate()));
                })
                .toList();
    }

    /** The tasks the caller completed (已办), newest first. */
    @Transactional(readOnly = true)
    public List<DoneItem> doneTasks() {
        UserAccount me = org.currentUser();
        List<HistoricTaskInstance> done = history.createHistoricTaskInstanceQuery()
                .processDefinitionKey(KEY)
                .taskAssignee(me.username())
                .finished()
                .orderByHistoricTaskInstanceEndTime()
                .desc()
                .listPage(0, 200);
        Map<Long, ReportSummary> readable = readableReports();
        Set<String> instanceIds =
                done.stream().map(HistoricTaskInstance::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, Long> reportOf = instanceIds.isEmpty()
                ? Map.of()
                : history.createHistoricProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                        .collect(Collectors.toMap(
                                HistoricProcessInstance::getId, p -> Long.valueOf(p.getBusinessKey())));
        return done.stream()
                .filter(t -> readable.containsKey(reportOf.get(t.getProcessInstanceId())))
                .map(t -> {
                    ReportSummary r = readable.get(reportOf.get(t.getProcessInstanceId()));
                    return new DoneItem(
                            t.getId(),
                            r.id(),
                            r.township(),
                            r.year(),
                            t.getTaskDefinitionKey(),
                            instant(t.getEndTime()));
                })
                .toList();
    }

    /** Takes a pool task for oneself. */
    public void claim(String taskId) {
        UserAccount me = org.currentUser();
        Task task = openTask(taskId, me);
        if (task.getAssignee() != null) {
            if (task.getAssignee().equals(me.username())) {
                return;
            }
            throw FlowException.conflict("error.taskClaimedByOther", task.getAssignee());
        }
        try {
            tasks.claim(taskId, me.username());
        } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
            throw FlowException.conflict("error.taskClaimedByOther", "");
        }
        audit.record(reportOf(task), me.username(), AuditAction.CLAIMED, task.getTaskDefinitionKey(), "");
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
        Task task = openTask(taskId, me);
        if (!REVIEW_TASKS.contains(task.getTaskDefinitionKey())) {
            throw FlowException.invalid("error.notAReviewTask");
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(me.username())) {
            throw FlowException.conflict("error.taskClaimedByOther", task.getAssignee());
        }
        long reportId = reportOf(task);
        if (!text.isEmpty()) {
            comments.addDecisionComment(reportId, text);
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_DECISION, decision.name());
        variables.put(
                VAR_LEGAL_RE_REVIEW,
                decision == Decision.RETURN && TASK_COUNTY_REVIEW.equals(task.getTaskDefinitionKey()) && legalReReview);
        complete(task, me, variables);
        audit.record(
                reportId,
                me.username(),
                decision == Decision.APPROVE ? AuditAction.APPROVED : AuditAction.RETURNED,
                task.getTaskDefinitionKey(),
                text);
    }

    /** Where the report's process stands now. */
    @Transactional(readOnly = true)
    public Position position(long reportId) {
        ReportDetails report = reports.get(reportId);
        Task task = currentTask(report.processInstanceId());
        if (task == null) {
            return Position.NONE;
        }
        return new Position(
                task.getId(), task.getTaskDefinitionKey(), task.getAssignee(), instant(task.getCreateTime()));
    }

    /** Whether the current user may act on the report's open task now (claim or decide it, or submit the draft). */
    @Transactional(readOnly = true)
    public boolean canAct(long reportId) {
        ReportDetails report = reports.get(reportId);
        Task task = currentTask(report.processInstanceId());
        if (task == null) {
            return false;
        }
        UserAccount me = org.currentUser();
        return me.username().equals(task.getAssignee()) || (task.getAssignee() == null && isCandidate(task, me));
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
        return reports.get(reportId).versions().stream()
                .filter(v -> !v.submittedAt().isAfter(lastDecision))
                .mapToInt(cn.fazhi.flow.report.VersionInfo::number)
                .max()
                .orElse(0);
    }

    private void complete(Task task, UserAccount me, Map<String, Object> variables) {
        try {
            if (task.getAssignee() == null) {
                tasks.setAssignee(task.getId(), me.username());
            }
            tasks.complete(task.getId(), variables);
        } catch (OptimisticLockingException e) {
            throw FlowException.conflict("error.taskGone");
        }
    }

    /** An open task the user may work on: 404 if it never existed, 409 if it is done, 403 if not theirs to see. */
    private Task openTask(String taskId, UserAccount me) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            boolean existed =
                    history.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0;
            throw existed ? FlowException.conflict("error.taskGone") : FlowException.notFound("error.taskNotFound");
        }
        reports.requireReadable(reportOf(task));
        boolean mine = me.username().equals(task.getAssignee());
        if (!mine && !isCandidate(task, me)) {
            throw FlowException.forbidden("error.notYourTask");
        }
        return task;
    }

    private boolean isCandidate(Task task, UserAccount me) {
        Set<String> groups = candidateGroups(me);
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId)
                .filter(Objects::nonNull)
                .anyMatch(groups::contains);
    }

    private long reportOf(Task task) {
        return (Long) runtime.getVariable(task.getExecutionId(), ReportReviewProcess.VAR_REPORT_ID);
    }

    private Task currentTask(String processInstanceId) {
        if (processInstanceId == null) {
            return null;
        }
        return tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    }

    private Map<Long, ReportSummary> readableReports() {
        return reports.list().stream().collect(Collectors.toMap(ReportSummary::id, Function.identity()));
    }

    private Map<String, Long> runtimeReports(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(Set.copyOf(processInstanceIds)).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, p -> Long.valueOf(p.getBusinessKey())));
    }

    private static Instant instant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }
}
