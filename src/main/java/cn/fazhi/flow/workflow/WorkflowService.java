package cn.fazhi.flow.workflow;

import static cn.fazhi.flow.workflow.ReportReviewProcess.*;

import cn.fazhi.flow.base.FlowException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door to the process engine: starting a report's review, submitting, withdrawing, claiming and deciding its
 * tasks, the tasks a user holds or may claim, where a report stands, its review periods, its publication, and the
 * annual campaign's process. It answers in the workflow's own records, never in engine types. It checks no user: the
 * calling feature has done that.
 */
@Service
@Transactional
public class WorkflowService {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final ReportStatusListener statuses;

    WorkflowService(RuntimeService runtime, TaskService tasks, HistoryService history, ReportStatusListener statuses) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
        this.statuses = statuses;
    }

    // --- a report's review ------------------------------------------------------------------------------------------

    /** Starts the review of a new report (it waits in draft) and returns its process instance id. */
    public String startReview(long reportId, long townshipId, long countyId, boolean leadSignOffRequired) {
        return runtime.startProcessInstanceByKey(
                        KEY,
                        String.valueOf(reportId),
                        startVariables(reportId, townshipId, countyId, leadSignOffRequired))
                .getId();
    }

    /** Where the review stands: its open task; empty without a process or once it waits for no one. */
    @Transactional(readOnly = true)
    public Optional<WorkItem> openTask(String processInstanceId) {
        if (processInstanceId == null) {
            return Optional.empty();
        }
        return tasks.createTaskQuery().processInstanceId(processInstanceId).list().stream()
                .findFirst()
                .map(this::item);
    }

    /** The open task of each of the processes that has one, by process instance id, in one query. */
    @Transactional(readOnly = true)
    public Map<String, WorkItem> openTasks(Collection<String> processInstanceIds) {
        String[] ids =
                processInstanceIds.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
        if (ids.length == 0) {
            return Map.of();
        }
        return tasks.createTaskQuery().processInstanceIdIn(ids).list().stream()
                .map(this::item)
                .collect(Collectors.toMap(WorkItem::processInstanceId, w -> w, (first, second) -> first));
    }

    /** An open task by its id; empty once it is done or if it never existed (see {@link #existed}). */
    @Transactional(readOnly = true)
    public Optional<WorkItem> task(String taskId) {
        return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).singleResult())
                .map(this::item);
    }

    /** Whether a task that is no longer open existed: done, rather than never there. */
    @Transactional(readOnly = true)
    public boolean existed(String taskId) {
        return history.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0;
    }

    /** The candidate groups of an open task: its pool. */
    @Transactional(readOnly = true)
    public Set<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .map(IdentityLink::getGroupId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    /**
     * Submits the draft with the pre-check result the submission found; the process routes on it. Returns whether the
     * submission was accepted, as the process recorded it (a blocked one leaves the report in draft).
     */
    public boolean submit(WorkItem draft, String login, boolean precheckPassed) {
        complete(draft, login, submitVariables(login, precheckPassed));
        boolean accepted = Boolean.TRUE.equals(runtime.getVariable(draft.processInstanceId(), VAR_PRECHECK_PASSED));
        if (accepted) {
            // The submission deadline is met: a later draft (after a return or a withdrawal) is not due by it.
            runtime.removeVariable(draft.processInstanceId(), VAR_SUBMISSION_DUE);
        }
        return accepted;
    }

    /**
     * A reviewer's decision on a review task: approve, or return (the county may ask for a new legal review when it
     * returns; the other steps cannot).
     */
    public void decide(WorkItem task, String login, boolean approve, boolean legalReReview) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_DECISION, approve ? APPROVE : RETURN);
        variables.put(VAR_LEGAL_RE_REVIEW, !approve && TASK_COUNTY_REVIEW.equals(task.step()) && legalReReview);
        complete(task, login, variables);
    }

    /** Whether a reviewer has decided the submission under review (a decided one cannot be withdrawn). */
    @Transactional(readOnly = true)
    public boolean decided(String processInstanceId) {
        return runtime.getVariable(processInstanceId, VAR_DECISION) != null;
    }

    /** Takes a submission back to the draft. */
    public void withdraw(String processInstanceId) {
        runtime.createMessageCorrelation(MESSAGE_WITHDRAW)
                .processInstanceId(processInstanceId)
                .correlate();
    }

    /** Gives a pool task to a user; 409 when someone else took it first. */
    public void claim(String taskId, String login) {
        try {
            tasks.claim(taskId, login);
        } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
            throw FlowException.conflict("error.taskClaimedByOther", "");
        }
    }

    /** Puts a task back into its pool. */
    public void unclaim(String taskId) {
        tasks.setAssignee(taskId, null);
    }

    /** The open review tasks a user holds or may claim through one of their candidate groups, oldest first. */
    @Transactional(readOnly = true)
    public List<WorkItem> openTasks(String login, Set<String> groups) {
        var query = tasks.createTaskQuery().processDefinitionKey(KEY);
        if (groups.isEmpty()) {
            query.taskAssignee(login);
        } else {
            query.or()
                    .taskAssignee(login)
                    .taskCandidateGroupIn(List.copyOf(groups))
                    .endOr();
        }
        List<Task> open = query.orderByTaskCreateTime().asc().list();
        Map<String, Long> reportOf =
                runningReports(open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()));
        return open.stream()
                .map(t -> item(t, reportOf.get(t.getProcessInstanceId())))
                .toList();
    }

    /** Every open task a user holds, in any process (a user being deactivated gives them back). */
    @Transactional(readOnly = true)
    public List<WorkItem> heldBy(String login) {
        return tasks.createTaskQuery().taskAssignee(login).list().stream()
                .map(this::item)
                .toList();
    }

    /** The review tasks a user completed, newest first, at most {@code max}. */
    @Transactional(readOnly = true)
    public List<CompletedWork> completedBy(String login, int max) {
        List<HistoricTaskInstance> done = history.createHistoricTaskInstanceQuery()
                .processDefinitionKey(KEY)
                .taskAssignee(login)
                .finished()
                .orderByHistoricTaskInstanceEndTime()
                .desc()
                .listPage(0, max);
        Set<String> instanceIds =
                done.stream().map(HistoricTaskInstance::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, Long> reportOf = instanceIds.isEmpty()
                ? Map.of()
                : history.createHistoricProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                        .collect(Collectors.toMap(
                                HistoricProcessInstance::getId, p -> Long.valueOf(p.getBusinessKey())));
        return done.stream()
                .filter(t -> reportOf.containsKey(t.getProcessInstanceId()))
                .map(t -> new CompletedWork(
                        t.getId(),
                        reportOf.get(t.getProcessInstanceId()),
                        t.getTaskDefinitionKey(),
                        instant(t.getEndTime())))
                .toList();
    }

    /** Whether a process (a report's review, a campaign) is still running. */
    @Transactional(readOnly = true)
    public boolean running(String processInstanceId) {
        return processInstanceId != null
                && runtime.createProcessInstanceQuery()
                                .processInstanceId(processInstanceId)
                                .count()
                        > 0;
    }

    /**
     * Sets the deadlines of a report's running review: the submission deadline of a report never submitted (null for
     * none; the draft task, open now or later, is due then) and the review periods in working days (the review tasks'
     * due dates and reminder timers read them).
     */
    public void setDeadlines(
            String processInstanceId, Instant submissionDue, int legalReviewDays, int countyReviewDays) {
        if (!running(processInstanceId)) {
            return;
        }
        runtime.setVariable(processInstanceId, VAR_LEGAL_REVIEW_DAYS, legalReviewDays);
        runtime.setVariable(processInstanceId, VAR_COUNTY_REVIEW_DAYS, countyReviewDays);
        if (submissionDue != null) {
            Date due = Date.from(submissionDue);
            runtime.setVariable(processInstanceId, VAR_SUBMISSION_DUE, due);
            tasks.createTaskQuery()
                    .processInstanceId(processInstanceId)
                    .taskDefinitionKey(TASK_DRAFT)
                    .list()
                    .forEach(draft -> {
                        draft.setDueDate(due);
                        tasks.saveTask(draft);
                    });
        }
    }

    /**
     * An approved report has been published: its process, waiting for {@link ReportReviewProcess#MESSAGE_PUBLISHED},
     * ends and the report becomes {@code PUBLISHED}. A report whose process does not wait for it (approved before
     * the process had that step, or reviewed without one) is moved by the same writer.
     */
    public void published(long reportId) {
        boolean delivered = !runtime.createMessageCorrelation(MESSAGE_PUBLISHED)
                .processInstanceVariableEquals(VAR_REPORT_ID, reportId)
                .correlateAllWithResult()
                .isEmpty();
        if (!delivered) {
            statuses.publishedWithoutProcess(reportId);
        }
    }

    /** A report reviewed and approved outside the system (an earlier year's, which has no process) enters approved. */
    public void approvedWithoutProcess(long reportId) {
        statuses.approvedWithoutProcess(reportId);
    }

    // --- the annual campaign ----------------------------------------------------------------------------------------

    /** Starts a campaign's process with its deadlines and returns its process instance id. */
    public String startCampaign(long campaignId, Instant submissionDue, LocalDate publicationDue, ZoneId zone) {
        return runtime.startProcessInstanceByKey(
                        AnnualCampaignProcess.KEY,
                        "campaign-" + campaignId,
                        AnnualCampaignProcess.startVariables(campaignId, submissionDue, publicationDue, zone))
                .getId();
    }

    /** Adds a report's branch to a running campaign (a township that joined later). */
    public void addToCampaign(String campaignProcessId, long reportId) {
        runtime.createProcessInstanceModification(campaignProcessId)
                .startBeforeActivity(AnnualCampaignProcess.SUBPROCESS_TOWNSHIP)
                .setVariableLocal(AnnualCampaignProcess.VAR_REPORT_ID, reportId)
                .execute();
    }

    /**
     * Moves a report's branch of its campaign on when its review reaches a step the campaign waits for (submitted,
     * approved, published); other steps, and a branch not waiting, change nothing.
     */
    public void advanceCampaign(String campaignProcessId, long reportId, String reviewStep) {
        Optional<String> message = AnnualCampaignProcess.messageOnReaching(reviewStep);
        if (message.isEmpty()) {
            return;
        }
        for (Execution waiting : runtime.createExecutionQuery()
                .processInstanceId(campaignProcessId)
                .messageEventSubscriptionName(message.get())
                .list()) {
            if (Objects.equals(runtime.getVariable(waiting.getId(), AnnualCampaignProcess.VAR_REPORT_ID), reportId)) {
                runtime.messageEventReceived(message.get(), waiting.getId());
            }
        }
    }

    // --- internals --------------------------------------------------------------------------------------------------

    private void complete(WorkItem task, String login, Map<String, Object> variables) {
        try {
            if (task.assignee() == null) {
                tasks.setAssignee(task.id(), login);
            }
            tasks.complete(task.id(), variables);
        } catch (OptimisticLockingException e) {
            throw FlowException.conflict("error.taskGone");
        }
    }

    private WorkItem item(Task task) {
        Object reportId = runtime.getVariable(task.getExecutionId(), VAR_REPORT_ID);
        return item(task, reportId instanceof Number n ? n.longValue() : null);
    }

    private static WorkItem item(Task task, Long reportId) {
        return new WorkItem(
                task.getId(),
                task.getProcessInstanceId(),
                reportId,
                task.getTaskDefinitionKey(),
                task.getAssignee(),
                instant(task.getCreateTime()),
                instant(task.getDueDate()));
    }

    private Map<String, Long> runningReports(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(Set.copyOf(processInstanceIds)).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, p -> Long.valueOf(p.getBusinessKey())));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
