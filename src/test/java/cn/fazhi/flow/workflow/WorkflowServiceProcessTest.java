package cn.fazhi.flow.workflow;

import static cn.fazhi.flow.workflow.ReportReviewProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.campaign.WorkingDays;
import cn.fazhi.flow.check.CheckService;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ReportStatus;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ApplicationEventPublisher;

/**
 * {@link WorkflowService} on the real {@code report-review.bpmn}, with the real pre-check delegate and status listener
 * over mocked report and check services: what each of its methods asks of the engine, and what it answers.
 */
@Deployment(resources = RESOURCE)
class WorkflowServiceProcessTest {

    private static final long REPORT = 42L;
    private static final long TOWNSHIP = 7L;
    private static final long COUNTY = 3L;

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda.cfg.xml")
            .build();

    private final ReportService reports = mock(ReportService.class);
    private final CheckService checks = mock(CheckService.class);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private WorkflowService workflow;

    @BeforeEach
    void setUp() {
        init(engine.getProcessEngine());
        ReportStatusListener statuses = new ReportStatusListener(reports, events);
        Mocks.register(PRECHECK_DELEGATE, new PrecheckDelegate(checks));
        Mocks.register(FREEZE_VERSION_DELEGATE, new FreezeVersionDelegate(reports));
        Mocks.register(REPORT_STATUS_LISTENER, statuses);
        Mocks.register(WORKING_DAYS, new WorkingDays(ZoneId.of("Asia/Shanghai")));
        Mocks.register(REVIEW_REMINDER_DELEGATE, mock(JavaDelegate.class));
        workflow = new WorkflowService(
                engine.getRuntimeService(), engine.getTaskService(), engine.getHistoryService(), statuses);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        reset();
    }

    @Test
    void aStartedReviewWaitsInDraftForTheTownshipsDrafters() {
        String process = workflow.startReview(REPORT, TOWNSHIP, COUNTY, false);

        WorkItem draft = workflow.openTask(process).orElseThrow();
        assertThat(draft.step()).isEqualTo(TASK_DRAFT);
        assertThat(draft.reportId()).isEqualTo(REPORT);
        assertThat(draft.processInstanceId()).isEqualTo(process);
        assertThat(draft.assignee()).isNull();
        assertThat(draft.created()).isNotNull();
        assertThat(workflow.candidateGroups(draft.id())).containsExactly(drafterGroup(TOWNSHIP));
        assertThat(workflow.task(draft.id())).contains(draft);
        assertThat(workflow.running(process)).isTrue();
        verify(reports).moveTo(REPORT, ReportStatus.DRAFTING, TASK_DRAFT);
    }

    @Test
    void noProcessStandsNowhere() {
        assertThat(workflow.openTask(null)).isEmpty();
        assertThat(workflow.running(null)).isFalse();
        assertThat(workflow.task("no-such-task")).isEmpty();
        assertThat(workflow.existed("no-such-task")).isFalse();
    }

    @Test
    void theSubmissionsOutcomeIsReadFromTheProcessAndThePrecheckRunsOnlyInTheSubmission() {
        String process = workflow.startReview(REPORT, TOWNSHIP, COUNTY, false);

        boolean blocked = workflow.submit(workflow.openTask(process).orElseThrow(), "drafter", false);

        assertThat(blocked).isFalse();
        WorkItem draft = workflow.openTask(process).orElseThrow();
        assertThat(draft.step()).isEqualTo(TASK_DRAFT);

        boolean accepted = workflow.submit(draft, "drafter", true);

        assertThat(accepted).isTrue();
        assertThat(workflow.openTask(process).orElseThrow().step()).isEqualTo(TASK_LEGAL_REVIEW);
        assertThat(workflow.existed(draft.id())).isTrue();
        assertThat(workflow.task(draft.id())).isEmpty();
        verify(checks, never()).passes(anyLong());
        verify(reports).freezeVersion(REPORT, "drafter");
    }

    @Test
    void poolTasksGoToTheirGroupAndAClaimedTaskToItsHolder() {
        String process = submitted();
        String advisors = advisorGroup(TOWNSHIP);

        assertThat(workflow.openTasks("advisor", Set.of(advisors)))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.reportId()).isEqualTo(REPORT);
                    assertThat(t.step()).isEqualTo(TASK_LEGAL_REVIEW);
                });
        assertThat(workflow.openTasks("someone", Set.of(drafterGroup(TOWNSHIP))))
                .isEmpty();
        assertThat(workflow.openTasks("someone", Set.of())).isEmpty();

        WorkItem review = workflow.openTask(process).orElseThrow();
        workflow.claim(review.id(), "advisor");

        assertThat(workflow.openTasks("advisor", Set.of())).singleElement().satisfies(t -> assertThat(t.assignee())
                .isEqualTo("advisor"));
        assertThat(workflow.heldBy("advisor")).extracting(WorkItem::id).containsExactly(review.id());
        assertThatThrownBy(() -> workflow.claim(review.id(), "other"))
                .isInstanceOfSatisfying(FlowException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FlowException.Kind.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("error.taskClaimedByOther");
                });

        workflow.unclaim(review.id());

        assertThat(workflow.heldBy("advisor")).isEmpty();
        assertThat(workflow.openTask(process).orElseThrow().assignee()).isNull();
    }

    @Test
    void aWithdrawalTakesTheUndecidedSubmissionBackToTheDraft() {
        String process = submitted();
        assertThat(workflow.decided(process)).isFalse();

        workflow.withdraw(process);

        assertThat(workflow.openTask(process).orElseThrow().step()).isEqualTo(TASK_DRAFT);
    }

    @Test
    void onlyTheCountyAsksForANewLegalReviewWhenItReturns() {
        String process = submitted();

        workflow.decide(workflow.openTask(process).orElseThrow(), "advisor", false, true);

        assertThat(runtimeService().getVariable(process, VAR_LEGAL_RE_REVIEW)).isEqualTo(false);
        assertThat(runtimeService().getVariable(process, VAR_DECISION)).isEqualTo(RETURN);
        workflow.submit(workflow.openTask(process).orElseThrow(), "drafter", true);
        workflow.decide(workflow.openTask(process).orElseThrow(), "advisor", true, false);
        assertThat(workflow.openTask(process).orElseThrow().step()).isEqualTo(TASK_COUNTY_REVIEW);

        workflow.decide(workflow.openTask(process).orElseThrow(), "county", false, true);

        assertThat(runtimeService().getVariable(process, VAR_LEGAL_RE_REVIEW)).isEqualTo(true);
        verify(reports, times(2)).moveTo(REPORT, ReportStatus.RETURNED, TASK_DRAFT);
    }

    @Test
    void anApprovedReportsPublicationEndsItsProcessAndTheListenerMarksItPublished() {
        String process = submitted();
        workflow.decide(workflow.openTask(process).orElseThrow(), "advisor", true, false);
        workflow.decide(workflow.openTask(process).orElseThrow(), "county", true, false);
        assertThat(workflow.openTask(process)).isEmpty();
        verify(reports).moveTo(REPORT, ReportStatus.APPROVED, EVENT_APPROVED);

        workflow.published(REPORT);

        assertThat(processInstanceQuery().processInstanceId(process).singleResult())
                .isNull();
        assertThat(historyService()
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(process)
                        .activityId(END_PUBLISHED)
                        .count())
                .isEqualTo(1);
        assertThat(workflow.running(process)).isFalse();
        verify(reports).moveTo(REPORT, ReportStatus.PUBLISHED, null);
        verify(events).publishEvent(new ReportStepReached(REPORT, END_PUBLISHED));
        assertThat(workflow.completedBy("county", 10)).singleElement().satisfies(done -> {
            assertThat(done.reportId()).isEqualTo(REPORT);
            assertThat(done.step()).isEqualTo(TASK_COUNTY_REVIEW);
            assertThat(done.completed()).isNotNull();
        });
        assertThat(workflow.completedBy("drafter", 10))
                .extracting(CompletedWork::step)
                .containsExactly(TASK_DRAFT);
    }

    @Test
    void aReportWhoseProcessAwaitsNoPublicationIsMovedByTheSameWriter() {
        workflow.published(99L);

        verify(reports).moveTo(99L, ReportStatus.PUBLISHED, null);
    }

    @Test
    void aReportReviewedOutsideTheSystemEntersApproved() {
        workflow.approvedWithoutProcess(99L);

        verify(reports).moveTo(99L, ReportStatus.APPROVED, null);
    }

    @Test
    void theDeadlinesGoToARunningProcessOnly() {
        String process = workflow.startReview(REPORT, TOWNSHIP, COUNTY, false);

        workflow.setDeadlines(process, null, 4, 6);
        workflow.setDeadlines("ended-or-never-started", null, 4, 6);

        assertThat(runtimeService().getVariable(process, VAR_LEGAL_REVIEW_DAYS)).isEqualTo(4);
        assertThat(runtimeService().getVariable(process, VAR_COUNTY_REVIEW_DAYS))
                .isEqualTo(6);
        assertThat(runtimeService().getVariable(process, VAR_SUBMISSION_DUE)).isNull();
        assertThat(workflow.openTask(process).orElseThrow().due()).isNull();
    }

    /**
     * The draft is due at the submission deadline until a submission is accepted (again after a blocked pre-check, no
     * longer after a return); a review task its review period in working days after it starts, at the same time of day.
     */
    @Test
    void eachTaskCarriesItsDueDate() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        // Friday 4 December 2026, 10:00; four working days later is Thursday the 10th.
        ClockUtil.setCurrentTime(
                Date.from(LocalDateTime.of(2026, 12, 4, 10, 0).atZone(shanghai).toInstant()));
        try {
            String process = workflow.startReview(REPORT, TOWNSHIP, COUNTY, false);
            Instant endOfMonday =
                    LocalDateTime.of(2026, 12, 8, 0, 0).atZone(shanghai).toInstant();

            workflow.setDeadlines(process, endOfMonday, 4, 6);

            assertThat(workflow.openTask(process).orElseThrow().due()).isEqualTo(endOfMonday);
            workflow.submit(workflow.openTask(process).orElseThrow(), "drafter", false);
            assertThat(workflow.openTask(process).orElseThrow().due()).isEqualTo(endOfMonday);

            workflow.submit(workflow.openTask(process).orElseThrow(), "drafter", true);

            WorkItem legal = workflow.openTask(process).orElseThrow();
            assertThat(legal.step()).isEqualTo(TASK_LEGAL_REVIEW);
            assertThat(legal.due())
                    .isEqualTo(LocalDateTime.of(2026, 12, 10, 10, 0)
                            .atZone(shanghai)
                            .toInstant());

            workflow.decide(legal, "advisor", false, false);

            WorkItem returned = workflow.openTask(process).orElseThrow();
            assertThat(returned.step()).isEqualTo(TASK_DRAFT);
            assertThat(returned.due()).isNull();
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void aCampaignWaitsForTheSubmissionApprovalAndPublicationOfItsReports() {
        assertThat(AnnualCampaignProcess.messageOnReaching(TASK_LEAD_SIGN_OFF))
                .contains(AnnualCampaignProcess.MESSAGE_SUBMITTED);
        assertThat(AnnualCampaignProcess.messageOnReaching(TASK_LEGAL_REVIEW))
                .contains(AnnualCampaignProcess.MESSAGE_SUBMITTED);
        assertThat(AnnualCampaignProcess.messageOnReaching(TASK_COUNTY_REVIEW))
                .contains(AnnualCampaignProcess.MESSAGE_SUBMITTED);
        assertThat(AnnualCampaignProcess.messageOnReaching(EVENT_APPROVED))
                .contains(AnnualCampaignProcess.MESSAGE_APPROVED);
        assertThat(AnnualCampaignProcess.messageOnReaching(END_PUBLISHED))
                .contains(AnnualCampaignProcess.MESSAGE_PUBLISHED);
        assertThat(AnnualCampaignProcess.messageOnReaching(TASK_DRAFT)).isEqualTo(Optional.empty());
    }

    /** A report submitted with a clean pre-check, waiting for legal review. */
    private String submitted() {
        String process = workflow.startReview(REPORT, TOWNSHIP, COUNTY, false);
        workflow.submit(workflow.openTask(process).orElseThrow(), "drafter", true);
        return process;
    }
}
