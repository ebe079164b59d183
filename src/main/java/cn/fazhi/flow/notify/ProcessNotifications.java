package cn.fazhi.flow.notify;

import static cn.fazhi.flow.workflow.ReportReviewProcess.*;
import static cn.fazhi.flow.workflow.ReportReviewProcess.VAR_SUBMITTED_BY;

import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.Role;
import cn.fazhi.flow.org.UserAccount;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happens in the report-review process into notifications, through Camunda's Spring event bridge
 * ({@code camunda.bpm.eventing}): the review feature and the diagram know nothing of it.
 *
 * <ul>
 *   <li>a task created without an assignee: TASK_AVAILABLE to its pool; for the draft, only when the report is new
 *       (after a return the drafters get REPORT_RETURNED; after a blocked pre-check or a withdrawal the drafter is the
 *       one who just acted);
 *   <li>a task assigned to someone by someone else: TASK_ASSIGNED to the assignee (a user who claims a task, or takes
 *       it by deciding it, is not told what they just did);
 *   <li>the process reaching {@code Event_Approved}: REPORT_APPROVED to the township's drafters and lead.
 * </ul>
 *
 * The notices are delivered after the engine's transaction commits; nothing here can fail the user's action.
 */
@Component
class ProcessNotifications {

    private static final Logger log = LoggerFactory.getLogger(ProcessNotifications.class);

    private final NotificationService notifications;
    private final OrgService org;

    ProcessNotifications(NotificationService notifications, OrgService org) {
        this.notifications = notifications;
        this.org = org;
    }

    @EventListener
    void onTask(DelegateTask task) {
        if (!USER_TASKS.contains(task.getTaskDefinitionKey()) || !isReportReview(task.getProcessDefinitionId())) {
            return;
        }
        try {
            Notice notice = noticeFor(task);
            if (notice != null) {
                notifications.send(notice);
            }
        } catch (RuntimeException e) {
            log.error("No notification for task {} ({})", task.getId(), task.getEventName(), e);
        }
    }

    @EventListener
    void onExecution(DelegateExecution execution) {
        if (!ExecutionListener.EVENTNAME_START.equals(execution.getEventName())
                || !EVENT_APPROVED.equals(execution.getCurrentActivityId())
                || !isReportReview(execution.getProcessDefinitionId())) {
            return;
        }
        try {
            notifications.send(new Notice(
                    NotificationKind.REPORT_APPROVED,
                    reportId(execution.getVariable(VAR_REPORT_ID)),
                    Set.of(),
                    Set.of(Role.DRAFTER, Role.TOWNSHIP_LEAD),
                    Set.of(),
                    null));
        } catch (RuntimeException e) {
            log.error("No approval notification for process {}", execution.getProcessInstanceId(), e);
        }
    }

    private Notice noticeFor(DelegateTask task) {
        long reportId = reportId(task.getVariable(VAR_REPORT_ID));
        if (TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
            String assignee = task.getAssignee();
            boolean byThemselves = org.findCurrentUser()
                    .map(UserAccount::username)
                    .filter(u -> u.equals(assignee))
                    .isPresent();
            if (assignee == null || byThemselves) {
                return null;
            }
            return new Notice(NotificationKind.TASK_ASSIGNED, reportId, Set.of(assignee), Set.of(), Set.of(), null);
        }
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName()) || task.getAssignee() != null) {
            return null;
        }
        if (TASK_DRAFT.equals(task.getTaskDefinitionKey())) {
            if (RETURN.equals(task.getVariable(VAR_DECISION))) {
                return new Notice(
                        NotificationKind.REPORT_RETURNED, reportId, Set.of(), Set.of(Role.DRAFTER), Set.of(), null);
            }
            if (task.getVariable(VAR_SUBMITTED_BY) != null) {
                return null;
            }
        }
        Pools pools = Pools.of(
                candidateGroupsOf(task),
                number(task.getVariable(VAR_TOWNSHIP_ID)),
                number(task.getVariable(VAR_COUNTY_ID)));
        if (pools.isEmpty()) {
            return null;
        }
        return new Notice(
                NotificationKind.TASK_AVAILABLE, reportId, Set.of(), pools.townshipRoles(), pools.countyRoles(), null);
    }

    private static boolean isReportReview(String processDefinitionId) {
        return processDefinitionId != null && processDefinitionId.startsWith(KEY + ":");
    }

    private static long reportId(Object value) {
        return number(value);
    }

    private static long number(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        throw new IllegalStateException("Not a number: " + value);
    }
}
