package cn.fazhi.flow.workflow;

import cn.fazhi.flow.check.CheckService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_Precheck}: records the submission's pre-check result as {@code precheckPassed}, the variable the
 * diagram routes on. A submission through the review service brings the result it found ({@code
 * submittedPrecheckPassed}, transient), so the pre-check runs once per submission; a draft task completed any other
 * way (Cockpit, the engine's REST API) is pre-checked here.
 */
@Component("precheckDelegate")
class PrecheckDelegate implements JavaDelegate {

    private final CheckService checks;

    PrecheckDelegate(CheckService checks) {
        this.checks = checks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object submitted = execution.getVariable(ReportReviewProcess.VAR_SUBMITTED_PRECHECK_PASSED);
        boolean passed;
        if (submitted instanceof Boolean result) {
            passed = result;
        } else {
            passed = checks.passes((Long) execution.getVariable(ReportReviewProcess.VAR_REPORT_ID));
        }
        execution.setVariable(ReportReviewProcess.VAR_PRECHECK_PASSED, passed);
    }
}
