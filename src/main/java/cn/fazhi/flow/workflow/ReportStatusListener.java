package cn.fazhi.flow.workflow;

import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ReportStatus;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Keeps the report's status and step in line with where its process stands, and tells the other features
 * ({@link ReportStepReached}). The publication step's status belongs to the publication feature, so reaching
 * {@link ReportReviewProcess#END_PUBLISHED} only tells.
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
        if (!ReportReviewProcess.END_PUBLISHED.equals(activity)) {
            reports.moveTo(
                    reportId, statusAt(activity, execution.getVariable(ReportReviewProcess.VAR_RETURNED_BY)), activity);
        }
        events.publishEvent(new ReportStepReached(reportId, activity));
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
