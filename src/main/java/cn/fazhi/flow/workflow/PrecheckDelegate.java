package cn.fazhi.flow.workflow;

import cn.fazhi.flow.check.CheckService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_Precheck}: runs the pre-check over the working copy; the diagram routes on the result. */
@Component("precheckDelegate")
class PrecheckDelegate implements JavaDelegate {

    private final CheckService checks;

    PrecheckDelegate(CheckService checks) {
        this.checks = checks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long reportId = (Long) execution.getVariable(ReportReviewProcess.VAR_REPORT_ID);
        execution.setVariable(ReportReviewProcess.VAR_PRECHECK_PASSED, checks.passes(reportId));
    }
}
