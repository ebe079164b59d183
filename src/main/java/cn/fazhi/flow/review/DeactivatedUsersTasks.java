package cn.fazhi.flow.review;

import cn.fazhi.flow.audit.AuditAction;
import cn.fazhi.flow.audit.AuditService;
import cn.fazhi.flow.base.SecurityEvent;
import cn.fazhi.flow.org.ClaimedTasks;
import cn.fazhi.flow.org.UserDeactivated;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.workflow.ReportReviewProcess;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The review tasks users have claimed, as the organisation asks about them: a deactivated user's claimed tasks go back
 * to their pools in the deactivation's transaction (the board and the task lists show them unclaimed), and an advisor
 * keeps a township while they hold one of its tasks.
 */
@Component
class DeactivatedUsersTasks implements ClaimedTasks {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ReportService reports;
    private final AuditService audit;

    DeactivatedUsersTasks(TaskService tasks, RuntimeService runtime, ReportService reports, AuditService audit) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.reports = reports;
        this.audit = audit;
    }

    @EventListener
    void on(UserDeactivated event) {
        for (Task task : tasks.createTaskQuery().taskAssignee(event.login()).list()) {
            tasks.setAssignee(task.getId(), null);
            Long report = reportOf(task);
            if (report != null) {
                audit.record(
                        report, SecurityEvent.SYSTEM, AuditAction.RELEASED, task.getTaskDefinitionKey(), event.login());
            }
        }
    }

    @Override
    public Optional<Integer> claimedIn(String login, long townshipId) {
        return tasks.createTaskQuery().taskAssignee(login).list().stream()
                .filter(task -> Objects.equals(
                        runtime.getVariable(task.getExecutionId(), ReportReviewProcess.VAR_TOWNSHIP_ID), townshipId))
                .map(this::reportOf)
                .filter(Objects::nonNull)
                .map(report -> reports.describe(report).year())
                .findFirst();
    }

    private Long reportOf(Task task) {
        return (Long) runtime.getVariable(task.getExecutionId(), ReportReviewProcess.VAR_REPORT_ID);
    }
}
