package cn.fazhi.flow.workflow;

import static cn.fazhi.flow.workflow.ReportReviewProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import cn.fazhi.flow.campaign.WorkingDays;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
 * The review reminders of {@code report-review.bpmn}, driven by moving the engine clock: a review task held past its
 * review period in working days (Golden Week and its adjusted Saturday included), then again each working day.
 */
@Deployment(resources = RESOURCE)
class ReportReviewTimersProcessTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda.cfg.xml")
            .build();

    /** The open task's key each time the reminder was sent. */
    private final List<String> reminders = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        init(engine.getProcessEngine());
        JavaDelegate precheck = mock(JavaDelegate.class);
        doAnswer(i -> {
                    ((DelegateExecution) i.getArgument(0)).setVariable(VAR_PRECHECK_PASSED, true);
                    return null;
                })
                .when(precheck)
                .execute(any());
        JavaDelegate reminder = mock(JavaDelegate.class);
        doAnswer(i -> {
                    DelegateExecution execution = i.getArgument(0);
                    reminders.add(execution
                            .getProcessEngineServices()
                            .getTaskService()
                            .createTaskQuery()
                            .processInstanceId(execution.getProcessInstanceId())
                            .singleResult()
                            .getTaskDefinitionKey());
                    return null;
                })
                .when(reminder)
                .execute(any());
        Mocks.register(PRECHECK_DELEGATE, precheck);
        Mocks.register(FREEZE_VERSION_DELEGATE, mock(JavaDelegate.class));
        Mocks.register(REPORT_STATUS_LISTENER, mock(ExecutionListener.class));
        Mocks.register(WORKING_DAYS, new WorkingDays(SHANGHAI));
        Mocks.register(REVIEW_REMINDER_DELEGATE, reminder);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
        reset();
    }

    @Test
    void legalReviewReminderWaitsOutGoldenWeekThenRepeatsEachWorkingDay() {
        // Tuesday 30 September 2025, 10:00; 1-8 October are off, Saturday 11 October is worked.
        at(2025, 9, 30, 10, 0);
        ProcessInstance report = startWithReviewDays(2, 3);
        complete(task(report));
        assertThat(report).isWaitingAtExactly(TASK_LEGAL_REVIEW);

        // Two working days: Thursday 9th and Friday 10th October.
        assertThat(reminderJob(report).getDuedate()).isEqualTo(date(2025, 10, 10, 10, 0));
        at(2025, 10, 10, 9, 59);
        assertThat(dueJobs()).isEmpty();

        at(2025, 10, 10, 10, 0);
        runDueJobs();
        assertThat(reminders).containsExactly(TASK_LEGAL_REVIEW);
        assertThat(report).hasPassed(SERVICE_TASK_REVIEW_REMINDER).isWaitingAtExactly(TASK_LEGAL_REVIEW);

        // Saturday 11th is an adjusted working day: reminded again.
        assertThat(reminderJob(report).getDuedate()).isEqualTo(date(2025, 10, 11, 10, 0));
        at(2025, 10, 11, 10, 0);
        runDueJobs();
        assertThat(reminders).hasSize(2);

        // Sunday 12th is not: the timer fires, the diagram sends nothing.
        at(2025, 10, 12, 10, 0);
        runDueJobs();
        assertThat(reminders).hasSize(2);
        assertThat(report).hasPassed(END_NO_REMINDER);

        // Monday 13th.
        at(2025, 10, 13, 10, 0);
        runDueJobs();
        assertThat(reminders).hasSize(3);
    }

    @Test
    void countyReviewUsesItsOwnPeriodAndDecidingStopsTheReminders() {
        at(2025, 9, 30, 10, 0);
        ProcessInstance report = startWithReviewDays(2, 3);
        complete(task(report));
        at(2025, 10, 9, 9, 0);
        complete(task(report), withVariables(VAR_DECISION, APPROVE));
        assertThat(report).isWaitingAtExactly(TASK_COUNTY_REVIEW);

        // Thursday 9th + 3 working days: Friday 10th, Saturday 11th (调休), Monday 13th.
        assertThat(reminderJob(report).getDuedate()).isEqualTo(date(2025, 10, 13, 9, 0));
        at(2025, 10, 13, 9, 0);
        runDueJobs();
        assertThat(reminders).containsExactly(TASK_COUNTY_REVIEW);

        complete(task(report), withVariables(VAR_DECISION, APPROVE));
        assertThat(report).isWaitingAtExactly(EVENT_AWAIT_PUBLICATION);
        assertThat(managementService()
                        .createJobQuery()
                        .processInstanceId(report.getId())
                        .count())
                .isZero();
    }

    @Test
    void aReportOutsideACampaignGetsTheDefaultReviewPeriod() {
        at(2026, 2, 10, 15, 30); // Tuesday before the Spring Festival
        ProcessInstance report = runtimeService().startProcessInstanceByKey(KEY, startVariables(1L, 2L, 3L, false));
        complete(task(report));

        // Five working days: Wed 11, Thu 12, Fri 13, Sat 14 (调休), then 15-23 off, Tue 24.
        assertThat(reminderJob(report).getDuedate()).isEqualTo(date(2026, 2, 24, 15, 30));
    }

    @Test
    void aReturnedReportHasNoReminderWhileInDraft() {
        at(2025, 9, 30, 10, 0);
        ProcessInstance report = startWithReviewDays(2, 3);
        complete(task(report));
        complete(task(report), withVariables(VAR_DECISION, RETURN));

        assertThat(report).isWaitingAtExactly(TASK_DRAFT);
        assertThat(managementService()
                        .createJobQuery()
                        .processInstanceId(report.getId())
                        .count())
                .isZero();
    }

    private ProcessInstance startWithReviewDays(int legal, int county) {
        Map<String, Object> variables = startVariables(42L, 7L, 3L, false);
        variables.put(VAR_LEGAL_REVIEW_DAYS, legal);
        variables.put(VAR_COUNTY_REVIEW_DAYS, county);
        return runtimeService().startProcessInstanceByKey(KEY, variables);
    }

    private static Job reminderJob(ProcessInstance report) {
        return managementService()
                .createJobQuery()
                .processInstanceId(report.getId())
                .timers()
                .singleResult();
    }

    private static List<Job> dueJobs() {
        return managementService().createJobQuery().executable().list();
    }

    private static void runDueJobs() {
        List<Job> due = dueJobs();
        assertThat(due).isNotEmpty();
        due.forEach(job -> managementService().executeJob(job.getId()));
    }

    private static void at(int year, int month, int day, int hour, int minute) {
        ClockUtil.setCurrentTime(date(year, month, day, hour, minute));
    }

    private static Date date(int year, int month, int day, int hour, int minute) {
        return Date.from(LocalDateTime.of(year, month, day, hour, minute)
                .atZone(SHANGHAI)
                .toInstant());
    }
}
