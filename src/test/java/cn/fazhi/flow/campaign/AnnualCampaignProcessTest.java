package cn.fazhi.flow.campaign;

import static cn.fazhi.flow.workflow.AnnualCampaignProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every route and every timer of {@code annual-campaign.bpmn}: the townships' branches by the stage their report has
 * reached, the submission reminders 7 days and 1 day before the deadline, the overdue escalation, the publication
 * reminder, a township added later, and the end when every report is published. The engine clock moves; due jobs
 * run by hand.
 */
@Deployment(resources = RESOURCE)
class AnnualCampaignProcessTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final long CAMPAIGN = 9L;
    /** The end of Friday 30 January 2026. */
    private static final Instant DUE =
            LocalDateTime.of(2026, 1, 31, 0, 0).atZone(SHANGHAI).toInstant();

    private static final LocalDate PUBLICATION_DUE = LocalDate.of(2026, 4, 1);

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda.cfg.xml")
            .build();

    private final Map<Long, String> stages = new HashMap<>();
    private final List<Long> reportIds = new ArrayList<>();
    private final List<Long> submissionReminders = new ArrayList<>();
    private final List<Long> overdue = new ArrayList<>();
    private final List<Long> publicationReminders = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(date(LocalDateTime.of(2026, 1, 5, 9, 0)));
        CampaignRoster roster = mock(CampaignRoster.class);
        when(roster.reportIds(anyLong())).thenAnswer(i -> List.copyOf(reportIds));
        Mocks.register(ROSTER, roster);
        JavaDelegate stage = mock(JavaDelegate.class);
        doAnswer(i -> {
                    DelegateExecution execution = i.getArgument(0);
                    execution.setVariableLocal(VAR_STAGE, stages.get((Long) execution.getVariable(VAR_REPORT_ID)));
                    return null;
                })
                .when(stage)
                .execute(any());
        Mocks.register(STAGE_DELEGATE, stage);
        Mocks.register(SUBMISSION_REMINDER_DELEGATE, recorder(submissionReminders));
        Mocks.register(SUBMISSION_OVERDUE_DELEGATE, recorder(overdue));
        Mocks.register(PUBLICATION_REMINDER_DELEGATE, recorder(publicationReminders));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
        reset();
    }

    @Test
    void startVariablesHoldTheDeadlinesAndTheReminderTimes() {
        Map<String, Object> variables = startVariables(CAMPAIGN, DUE, PUBLICATION_DUE, SHANGHAI);

        assertThat(variables)
                .containsEntry(VAR_CAMPAIGN_ID, CAMPAIGN)
                .containsEntry(VAR_SUBMISSION_DUE, Date.from(DUE))
                .containsEntry(VAR_SUBMISSION_REMINDER_7_AT, date(LocalDateTime.of(2026, 1, 24, 0, 0)))
                .containsEntry(VAR_SUBMISSION_REMINDER_1_AT, date(LocalDateTime.of(2026, 1, 30, 0, 0)))
                .containsEntry(VAR_PUBLICATION_REMINDER_AT, date(LocalDateTime.of(2026, 3, 25, 0, 0)));
    }

    @Test
    void eachTownshipWaitsWhereItsReportStands() {
        township(1, STAGE_DRAFT);
        township(2, STAGE_SUBMITTED);
        township(3, STAGE_APPROVED);
        township(4, STAGE_PUBLISHED);

        ProcessInstance campaign = start();

        assertThat(campaign).isWaitingAt(RECEIVE_SUBMISSION, RECEIVE_APPROVAL, RECEIVE_PUBLICATION);
        assertThat(waitingFor(RECEIVE_SUBMISSION)).containsExactly(1L);
        assertThat(waitingFor(RECEIVE_APPROVAL)).containsExactly(2L);
        assertThat(waitingFor(RECEIVE_PUBLICATION)).containsExactly(3L);
        assertThat(campaign).hasPassed(END_TOWNSHIP_DONE);
        // Three submission timers for the draft, one publication timer for the approved report.
        assertThat(managementService().createJobQuery().timers().count()).isEqualTo(4);
    }

    @Test
    void remindersSevenDaysAndOneDayBeforeTheDeadlineThenOverdueForWhoeverHasNotSubmitted() {
        township(1, STAGE_DRAFT);
        township(2, STAGE_DRAFT);
        township(3, STAGE_DRAFT);
        start();

        moveTo(DUE.minusSeconds(7 * 86_400 + 1));
        assertThat(dueJobs()).isEmpty();
        moveTo(DUE.minusSeconds(7 * 86_400));
        runDueJobs();
        assertThat(submissionReminders).containsExactlyInAnyOrder(1L, 2L, 3L);

        deliver(MESSAGE_SUBMITTED, 2L); // township 2 submits in the last week
        submissionReminders.clear();
        moveTo(DUE.minusSeconds(86_400));
        runDueJobs();
        assertThat(submissionReminders).containsExactlyInAnyOrder(1L, 3L);

        deliver(MESSAGE_SUBMITTED, 3L); // township 3 on the last day
        moveTo(DUE.minusSeconds(1));
        assertThat(dueJobs()).isEmpty();
        moveTo(DUE);
        runDueJobs();
        assertThat(overdue).containsExactly(1L);
        assertThat(waitingFor(RECEIVE_SUBMISSION)).containsExactly(1L);
        assertThat(waitingFor(RECEIVE_APPROVAL)).containsExactlyInAnyOrder(2L, 3L);

        // The overdue township may still submit late.
        deliver(MESSAGE_SUBMITTED, 1L);
        assertThat(waitingFor(RECEIVE_APPROVAL)).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(managementService().createJobQuery().timers().count()).isZero();
    }

    @Test
    void aCampaignOpenedOnItsLastDayRemindsOnceNotTwice() {
        ClockUtil.setCurrentTime(Date.from(DUE.minusSeconds(6 * 3_600)));
        township(1, STAGE_DRAFT);
        ProcessInstance campaign = start();

        runDueJobs(); // both reminder timers are already due
        assertThat(submissionReminders).containsExactly(1L);
        assertThat(campaign).hasPassed(END_REMINDER_7_SUPERSEDED);

        moveTo(DUE);
        runDueJobs();
        assertThat(submissionReminders).containsExactly(1L);
        assertThat(overdue).containsExactly(1L);
    }

    @Test
    void aCampaignOpenedInItsLastWeekRemindsAtOnceAndAgainTheDayBefore() {
        ClockUtil.setCurrentTime(Date.from(DUE.minusSeconds(3 * 86_400)));
        township(1, STAGE_DRAFT);
        ProcessInstance campaign = start();

        runDueJobs();
        assertThat(submissionReminders).containsExactly(1L);
        assertThat(campaign).hasNotPassed(END_REMINDER_7_SUPERSEDED);

        moveTo(DUE.minusSeconds(86_400));
        runDueJobs();
        assertThat(submissionReminders).containsExactly(1L, 1L);
    }

    @Test
    void publicationReminderSevenDaysBeforeThePublicationDeadlineForApprovedReportsNotYetPublished() {
        township(1, STAGE_SUBMITTED);
        township(2, STAGE_SUBMITTED);
        township(3, STAGE_SUBMITTED);
        start();
        deliver(MESSAGE_APPROVED, 1L);
        deliver(MESSAGE_APPROVED, 2L);
        deliver(MESSAGE_PUBLISHED, 2L);

        moveTo(date(LocalDateTime.of(2026, 3, 24, 23, 59)).toInstant());
        assertThat(dueJobs()).isEmpty();
        moveTo(date(LocalDateTime.of(2026, 3, 25, 0, 0)).toInstant());
        runDueJobs();

        assertThat(publicationReminders).containsExactly(1L);
        assertThat(submissionReminders).isEmpty();
        assertThat(overdue).isEmpty();
    }

    @Test
    void theCampaignEndsWhenEveryReportIsPublished() {
        township(1, STAGE_DRAFT);
        township(2, STAGE_APPROVED);
        ProcessInstance campaign = start();

        deliver(MESSAGE_SUBMITTED, 1L);
        deliver(MESSAGE_APPROVED, 1L);
        deliver(MESSAGE_PUBLISHED, 2L);
        assertThat(waitingFor(RECEIVE_PUBLICATION)).containsExactly(1L);
        assertThat(campaign).isNotEnded();
        deliver(MESSAGE_PUBLISHED, 1L);

        assertThat(campaign)
                .hasPassed(RECEIVE_SUBMISSION, RECEIVE_APPROVAL, RECEIVE_PUBLICATION, END_CAMPAIGN_DONE)
                .isEnded();
    }

    @Test
    void aMessageForAnotherStepOrReportChangesNothing() {
        township(1, STAGE_DRAFT);
        township(2, STAGE_DRAFT);
        start();

        deliver(MESSAGE_APPROVED, 1L); // not waiting for approval yet
        deliver(MESSAGE_SUBMITTED, 5L); // not in the campaign

        assertThat(waitingFor(RECEIVE_SUBMISSION)).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void aTownshipAddedDuringTheCampaignGetsItsOwnBranchAndTheCampaignWaitsForIt() {
        township(1, STAGE_APPROVED);
        ProcessInstance campaign = start();

        township(6, STAGE_DRAFT);
        runtimeService()
                .createProcessInstanceModification(campaign.getId())
                .startBeforeActivity(SUBPROCESS_TOWNSHIP)
                .setVariableLocal(VAR_REPORT_ID, 6L)
                .execute();
        assertThat(waitingFor(RECEIVE_SUBMISSION)).containsExactly(6L);

        deliver(MESSAGE_PUBLISHED, 1L);
        assertThat(campaign).isNotEnded();
        moveTo(DUE);
        runDueJobs();
        assertThat(overdue).containsExactly(6L);

        deliver(MESSAGE_SUBMITTED, 6L);
        deliver(MESSAGE_APPROVED, 6L);
        deliver(MESSAGE_PUBLISHED, 6L);
        assertThat(campaign).isEnded();
    }

    private void township(long reportId, String stage) {
        reportIds.add(reportId);
        stages.put(reportId, stage);
    }

    private ProcessInstance start() {
        return runtimeService()
                .startProcessInstanceByKey(KEY, startVariables(CAMPAIGN, DUE, PUBLICATION_DUE, SHANGHAI));
    }

    /** As CampaignDeadlines delivers it: to the branch of that report waiting for that message. */
    private static void deliver(String message, long reportId) {
        for (Execution waiting : runtimeService()
                .createExecutionQuery()
                .messageEventSubscriptionName(message)
                .list()) {
            if (Objects.equals(runtimeService().getVariable(waiting.getId(), VAR_REPORT_ID), reportId)) {
                runtimeService().messageEventReceived(message, waiting.getId());
            }
        }
    }

    /** The reports whose branch waits at the activity. */
    private static List<Long> waitingFor(String activityId) {
        return runtimeService().createExecutionQuery().activityId(activityId).list().stream()
                .map(e -> (Long) runtimeService().getVariable(e.getId(), VAR_REPORT_ID))
                .toList();
    }

    private static JavaDelegate recorder(List<Long> calls) throws Exception {
        JavaDelegate delegate = mock(JavaDelegate.class);
        doAnswer(i -> {
                    calls.add((Long) ((DelegateExecution) i.getArgument(0)).getVariable(VAR_REPORT_ID));
                    return null;
                })
                .when(delegate)
                .execute(any());
        return delegate;
    }

    private static List<Job> dueJobs() {
        return managementService().createJobQuery().executable().list();
    }

    private static void runDueJobs() {
        List<Job> due = dueJobs();
        assertThat(due).isNotEmpty();
        due.forEach(job -> managementService().executeJob(job.getId()));
    }

    private static void moveTo(Instant at) {
        ClockUtil.setCurrentTime(Date.from(at));
    }

    private static Date date(LocalDateTime at) {
        return Date.from(at.atZone(SHANGHAI).toInstant());
    }
}
