package cn.fazhi.flow.campaign;

import static cn.fazhi.flow.workflow.AnnualCampaignProcess.*;

import cn.fazhi.flow.workflow.ReportReviewProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The delegates the campaign's diagram and the review reminder name: thin glue to {@link CampaignDeadlines}. */
@Configuration(proxyBeanMethods = false)
class CampaignDelegates {

    @Bean(STAGE_DELEGATE)
    JavaDelegate campaignStageDelegate(CampaignDeadlines deadlines) {
        return execution -> execution.setVariableLocal(VAR_STAGE, deadlines.stageOf(reportId(execution)));
    }

    @Bean(SUBMISSION_REMINDER_DELEGATE)
    JavaDelegate submissionReminderDelegate(CampaignDeadlines deadlines) {
        return execution -> deadlines.remindSubmission(campaignId(execution), reportId(execution));
    }

    @Bean(SUBMISSION_OVERDUE_DELEGATE)
    JavaDelegate submissionOverdueDelegate(CampaignDeadlines deadlines) {
        return execution -> deadlines.markOverdue(campaignId(execution), reportId(execution));
    }

    @Bean(PUBLICATION_REMINDER_DELEGATE)
    JavaDelegate publicationReminderDelegate(CampaignDeadlines deadlines) {
        return execution -> deadlines.remindPublication(campaignId(execution), reportId(execution));
    }

    /** {@code ServiceTask_ReviewReminder} of the report-review diagram. */
    @Bean(ReportReviewProcess.REVIEW_REMINDER_DELEGATE)
    JavaDelegate reviewReminderDelegate(CampaignDeadlines deadlines) {
        return execution -> deadlines.remindReviewer(
                execution.getProcessInstanceId(),
                ((Number) execution.getVariable(ReportReviewProcess.VAR_REPORT_ID)).longValue(),
                days(execution, ReportReviewProcess.VAR_LEGAL_REVIEW_DAYS),
                days(execution, ReportReviewProcess.VAR_COUNTY_REVIEW_DAYS));
    }

    private static Integer days(DelegateExecution execution, String variable) {
        return execution.getVariable(variable) instanceof Number n ? n.intValue() : null;
    }

    private static long campaignId(DelegateExecution execution) {
        return ((Number) execution.getVariable(VAR_CAMPAIGN_ID)).longValue();
    }

    private static long reportId(DelegateExecution execution) {
        return ((Number) execution.getVariable(VAR_REPORT_ID)).longValue();
    }
}
