package cn.fazhi.flow.workflow;

import cn.fazhi.flow.report.ReportService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_FreezeVersion}: freezes the working copy as the next numbered version. */
@Component("freezeVersionDelegate")
class FreezeVersionDelegate implements JavaDelegate {

    static final String VAR_VERSION = "version";

    private final ReportService reports;

    FreezeVersionDelegate(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long reportId = (Long) execution.getVariable(ReportReviewProcess.VAR_REPORT_ID);
        String submittedBy = (String) execution.getVariable(ReportReviewProcess.VAR_SUBMITTED_BY);
        execution.setVariable(VAR_VERSION, reports.freezeVersion(reportId, submittedBy));
    }
}
