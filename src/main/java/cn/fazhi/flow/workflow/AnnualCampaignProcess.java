package cn.fazhi.flow.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The names the {@code bpmn/annual-campaign.bpmn} diagram and the Java code share. One instance per campaign; inside
 * it, one instance of {@link #SUBPROCESS_TOWNSHIP} per township's report that waits for its submission, approval and
 * publication, with the submission and publication deadlines as timers.
 */
public final class AnnualCampaignProcess {

    public static final String KEY = "annualCampaign";
    public static final String RESOURCE = "bpmn/annual-campaign.bpmn";

    public static final String START_CAMPAIGN_OPENED = "StartEvent_CampaignOpened";
    public static final String END_CAMPAIGN_DONE = "EndEvent_CampaignDone";
    public static final String SUBPROCESS_TOWNSHIP = "SubProcess_Township";
    public static final String START_TOWNSHIP_JOINED = "StartEvent_TownshipJoined";
    public static final String SERVICE_TASK_READ_STAGE = "ServiceTask_ReadStage";
    public static final String GATEWAY_STAGE = "Gateway_Stage";
    public static final String RECEIVE_SUBMISSION = "ReceiveTask_AwaitSubmission";
    public static final String RECEIVE_APPROVAL = "ReceiveTask_AwaitApproval";
    public static final String RECEIVE_PUBLICATION = "ReceiveTask_AwaitPublication";
    public static final String TIMER_SUBMISSION_REMINDER_7 = "BoundaryTimer_SubmissionReminder7";
    public static final String TIMER_SUBMISSION_REMINDER_1 = "BoundaryTimer_SubmissionReminder1";
    public static final String TIMER_SUBMISSION_OVERDUE = "BoundaryTimer_SubmissionOverdue";
    public static final String TIMER_PUBLICATION_REMINDER = "BoundaryTimer_PublicationReminder";
    /** After the 7-day timer: skips that reminder when the 1-day one is due too (a campaign opened in its last day). */
    public static final String GATEWAY_REMINDER_7_DUE = "Gateway_Reminder7Due";

    public static final String END_REMINDER_7_SUPERSEDED = "EndEvent_Reminder7Superseded";
    public static final String SERVICE_TASK_SUBMISSION_REMINDER = "ServiceTask_SubmissionReminder";
    public static final String SERVICE_TASK_SUBMISSION_OVERDUE = "ServiceTask_SubmissionOverdue";
    public static final String SERVICE_TASK_PUBLICATION_REMINDER = "ServiceTask_PublicationReminder";
    public static final String END_TOWNSHIP_DONE = "EndEvent_TownshipDone";

    public static final String MESSAGE_SUBMITTED = "campaignReportSubmitted";
    public static final String MESSAGE_APPROVED = "campaignReportApproved";
    public static final String MESSAGE_PUBLISHED = "campaignReportPublished";

    // Beans the diagram names
    public static final String ROSTER = "campaignRoster";
    public static final String STAGE_DELEGATE = "campaignStageDelegate";
    public static final String SUBMISSION_REMINDER_DELEGATE = "submissionReminderDelegate";
    public static final String SUBMISSION_OVERDUE_DELEGATE = "submissionOverdueDelegate";
    public static final String PUBLICATION_REMINDER_DELEGATE = "publicationReminderDelegate";

    // Variables
    /** {@code Long}: the campaign. */
    public static final String VAR_CAMPAIGN_ID = "campaignId";
    /** {@code Long}, local to each township instance: its report. */
    public static final String VAR_REPORT_ID = "reportId";
    /** {@code String}, local to each township instance: one of the STAGE_ values, set when it joins. */
    public static final String VAR_STAGE = "stage";
    /** {@code Date}: the submission deadline. */
    public static final String VAR_SUBMISSION_DUE = "submissionDue";

    public static final String VAR_SUBMISSION_REMINDER_7_AT = "submissionReminder7At";
    public static final String VAR_SUBMISSION_REMINDER_1_AT = "submissionReminder1At";
    public static final String VAR_PUBLICATION_REMINDER_AT = "publicationReminderAt";

    public static final String STAGE_DRAFT = "DRAFT";
    public static final String STAGE_SUBMITTED = "SUBMITTED";
    public static final String STAGE_APPROVED = "APPROVED";
    public static final String STAGE_PUBLISHED = "PUBLISHED";

    private AnnualCampaignProcess() {}

    /**
     * The message a township's branch waits for when its report's review reaches a step: a review task (submitted),
     * {@link ReportReviewProcess#EVENT_APPROVED} (approved), {@link ReportReviewProcess#END_PUBLISHED} (published);
     * empty for any other step.
     */
    public static Optional<String> messageOnReaching(String reviewStep) {
        if (ReportReviewProcess.REVIEW_TASKS.contains(reviewStep)) {
            return Optional.of(MESSAGE_SUBMITTED);
        }
        if (ReportReviewProcess.EVENT_APPROVED.equals(reviewStep)) {
            return Optional.of(MESSAGE_APPROVED);
        }
        if (ReportReviewProcess.END_PUBLISHED.equals(reviewStep)) {
            return Optional.of(MESSAGE_PUBLISHED);
        }
        return Optional.empty();
    }

    /**
     * The variables a campaign starts with: the submission deadline and the reminders 7 days and 1 day before it, and
     * the publication reminder 7 days before the publication deadline (the start of {@code publicationDue}).
     */
    public static Map<String, Object> startVariables(
            long campaignId, Instant submissionDue, LocalDate publicationDue, ZoneId zone) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_CAMPAIGN_ID, campaignId);
        variables.put(VAR_SUBMISSION_DUE, Date.from(submissionDue));
        variables.put(VAR_SUBMISSION_REMINDER_7_AT, Date.from(submissionDue.minus(7, ChronoUnit.DAYS)));
        variables.put(VAR_SUBMISSION_REMINDER_1_AT, Date.from(submissionDue.minus(1, ChronoUnit.DAYS)));
        variables.put(
                VAR_PUBLICATION_REMINDER_AT,
                Date.from(publicationDue.atStartOfDay(zone).toInstant().minus(7, ChronoUnit.DAYS)));
        return variables;
    }
}
