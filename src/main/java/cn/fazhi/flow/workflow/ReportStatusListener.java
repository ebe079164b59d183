package cn.fazhi.flow.workflow;

import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ReportStatus;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one writer of a report's status: keeps the status and step in line with where its process stands, and tells the
 * other features ({@link ReportStepReached}). A report without a process waiting for its publication (approved before
 * the process had that step, or reviewed outside the system) is moved here too, by {@link WorkflowService}.
 */
@Component("reportStatusListener")
class ReportStatusListener implements ExecutionListener {

    private static final Map<String, ReportStatus> STATUS_BY_ACTIVITY = Map.of(
            ReportReviewProcess.TASK_LEAD_SIGN_OFF, ReportStatus.TOWNSHIP_REVIEW,
            ReportReviewProcess.TASK_LEGAL_REVIEW, ReportStatus.LEGAL_REVIEW,
            ReportReviewProcess.TASK_COUNTY_REVIEW, ReportStatus.COUNTY_REVIEW,
            ReportReviewProcess.EVENT_APPROVED, ReportStatus.APPROVED);

    private final ReportService reports;
    private final ApplicationEventPublisher events;

    ReportStatusListener(ReportService reports, ApplicationEventPublisher events) {
        this.reports = reports;
        this.events = events;
    }

    @Override
    public void notify(DelegateExecution execution) {
        long reportId = (Long) execution.getVariable(ReportReviewProcess.VAR_REPORT_ID);
        String activity = execution.getCurrentActivityId();
        if (ReportReviewProcess.END_PUBLISHED.equals(activity)) {
            reports.moveTo(reportId, ReportStatus.PUBLISHED, null);
        } else {
            reports.moveTo(
                    reportId, statusAt(activity, execution.getVariable(ReportReviewProcess.VAR_RETURNED_BY)), activity);
        }
        events.publishEvent(new ReportStepReached(reportId, activity));
    }

    /** An approved report published while its process waits for no publication. */
    void publishedWithoutProcess(long reportId) {
        reports.moveTo(reportId, ReportStatus.PUBLISHED, null);
    }

    /** A report reviewed outside the system (an earlier year's) enters approved, without a process. */
    void approvedWithoutProcess(long reportId) {
        reports.moveTo(reportId, ReportStatus.APPROVED, null);
    }

    static ReportStatus statusAt(String activity, Object returnedBy) {
        if (ReportReviewProcess.TASK_DRAFT.equals(activity)) {
            return returnedBy == null ? ReportStatus.DRAFTING : ReportStatus.RETURNED;
        }
        ReportStatus status = STATUS_BY_ACTIVITY.get(activity);
        if (status == null) {
            throw new IllegalStateException("No report status for activity " + activity);
        }
        return status;
    }
}
