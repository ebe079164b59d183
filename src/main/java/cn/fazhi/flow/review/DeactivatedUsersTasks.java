package cn.fazhi.flow.review;

import cn.fazhi.flow.audit.AuditAction;
import cn.fazhi.flow.audit.AuditService;
import cn.fazhi.flow.base.SecurityEvent;
import cn.fazhi.flow.org.ClaimedTasks;
import cn.fazhi.flow.org.UserDeactivated;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ReportSummary;
import cn.fazhi.flow.workflow.WorkItem;
import cn.fazhi.flow.workflow.WorkflowService;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The review tasks users have claimed, as the organisation asks about them: a deactivated user's claimed tasks go back
 * to their pools in the deactivation's transaction (the board and the task lists show them unclaimed), and an advisor
 * keeps a township while they hold one of its tasks.
 */
@Component
class DeactivatedUsersTasks implements ClaimedTasks {

    private final WorkflowService workflow;
    private final ReportService reports;
    private final AuditService audit;

    DeactivatedUsersTasks(WorkflowService workflow, ReportService reports, AuditService audit) {
        this.workflow = workflow;
        this.reports = reports;
        this.audit = audit;
    }

    @EventListener
    void on(UserDeactivated event) {
        for (WorkItem task : workflow.heldBy(event.login())) {
            workflow.unclaim(task.id());
            if (task.reportId() != null) {
                audit.record(task.reportId(), SecurityEvent.SYSTEM, AuditAction.RELEASED, task.step(), event.login());
            }
        }
    }

    @Override
    public Optional<Integer> claimedIn(String login, long townshipId) {
        return workflow.heldBy(login).stream()
                .map(WorkItem::reportId)
                .filter(Objects::nonNull)
                .map(reports::describe)
                .filter(report -> report.townshipId() == townshipId)
                .map(ReportSummary::year)
                .findFirst();
    }
}
