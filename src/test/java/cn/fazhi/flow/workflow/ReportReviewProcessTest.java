package cn.fazhi.flow.workflow;

import static cn.fazhi.flow.workflow.ReportReviewProcess.APPROVE;
import static cn.fazhi.flow.workflow.ReportReviewProcess.BOUNDARY_WITHDRAWN_FROM_COUNTY;
import static cn.fazhi.flow.workflow.ReportReviewProcess.BOUNDARY_WITHDRAWN_FROM_LEAD;
import static cn.fazhi.flow.workflow.ReportReviewProcess.BOUNDARY_WITHDRAWN_FROM_LEGAL;
import static cn.fazhi.flow.workflow.ReportReviewProcess.END_PUBLISHED;
import static cn.fazhi.flow.workflow.ReportReviewProcess.EVENT_APPROVED;
import static cn.fazhi.flow.workflow.ReportReviewProcess.EVENT_AWAIT_PUBLICATION;
import static cn.fazhi.flow.workflow.ReportReviewProcess.FREEZE_VERSION_DELEGATE;
import static cn.fazhi.flow.workflow.ReportReviewProcess.GATEWAY_COUNTY_DECISION;
import static cn.fazhi.flow.workflow.ReportReviewProcess.GATEWAY_LEAD_DECISION;
import static cn.fazhi.flow.workflow.ReportReviewProcess.GATEWAY_LEGAL_DECISION;
import static cn.fazhi.flow.workflow.ReportReviewProcess.GATEWAY_PRECHECK;
import static cn.fazhi.flow.workflow.ReportReviewProcess.GATEWAY_ROUTE;
import static cn.fazhi.flow.workflow.ReportReviewProcess.KEY;
import static cn.fazhi.flow.workflow.ReportReviewProcess.MESSAGE_PUBLISHED;
import static cn.fazhi.flow.workflow.ReportReviewProcess.MESSAGE_WITHDRAW;
import static cn.fazhi.flow.workflow.ReportReviewProcess.PRECHECK_DELEGATE;
import static cn.fazhi.flow.workflow.ReportReviewProcess.REPORT_STATUS_LISTENER;
import static cn.fazhi.flow.workflow.ReportReviewProcess.RESOURCE;
import static cn.fazhi.flow.workflow.ReportReviewProcess.RETURN;
import static cn.fazhi.flow.workflow.ReportReviewProcess.RETURNED_BY_COUNTY;
import static cn.fazhi.flow.workflow.ReportReviewProcess.RETURNED_BY_LEAD;
import static cn.fazhi.flow.workflow.ReportReviewProcess.RETURNED_BY_LEGAL;
import static cn.fazhi.flow.workflow.ReportReviewProcess.REVIEW_REMINDER_DELEGATE;
import static cn.fazhi.flow.workflow.ReportReviewProcess.SERVICE_TASK_FREEZE_VERSION;
import static cn.fazhi.flow.workflow.ReportReviewProcess.SERVICE_TASK_PRECHECK;
import static cn.fazhi.flow.workflow.ReportReviewProcess.START_REPORT_CREATED;
import static cn.fazhi.flow.workflow.ReportReviewProcess.TASK_COUNTY_REVIEW;
import static cn.fazhi.flow.workflow.ReportReviewProcess.TASK_DRAFT;
import static cn.fazhi.flow.workflow.ReportReviewProcess.TASK_LEAD_SIGN_OFF;
import static cn.fazhi.flow.workflow.ReportReviewProcess.TASK_LEGAL_REVIEW;
import static cn.fazhi.flow.workflow.ReportReviewProcess.VAR_COUNTY_ID;
import static cn.fazhi.flow.workflow.ReportReviewProcess.VAR_DECISION;
import static cn.fazhi.flow.workflow.ReportReviewProcess.VAR_LEAD_SIGN_OFF_REQUIRED;
import static cn.fazhi.flow.workflow.ReportReviewProcess.VAR_LEGAL_RE_REVIEW;
import static cn.fazhi.flow.workflow.ReportReviewProcess.VAR_PRECHECK_PASSED;
import static cn.fazhi.flow.workflow.ReportReviewProcess.VAR_REPORT_ID;
import static cn.fazhi.flow.workflow.ReportReviewProcess.VAR_RETURNED_BY;
import static cn.fazhi.flow.workflow.ReportReviewProcess.VAR_TOWNSHIP_ID;
import static cn.fazhi.flow.workflow.ReportReviewProcess.WORKING_DAYS;
import static cn.fazhi.flow.workflow.ReportReviewProcess.advisorGroup;
import static cn.fazhi.flow.workflow.ReportReviewProcess.countyReviewerGroup;
import static cn.fazhi.flow.workflow.ReportReviewProcess.drafterGroup;
import static cn.fazhi.flow.workflow.ReportReviewProcess.leadGroup;
import static cn.fazhi.flow.workflow.ReportReviewProcess.startVariables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import cn.fazhi.flow.org.Role;
import cn.fazhi.flow.org.UserAccount;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every route through {@code report-review.bpmn}, with the delegates and the status listener mocked. */
@Deployment(resources = RESOURCE)
class ReportReviewProcessTest {

    private static final long REPORT_ID = 42L;
    private static final long TOWNSHIP_ID = 7L;
    private static final long COUNTY_ID = 3L;

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda.cfg.xml")
            .build();

    /** Results the pre-check hands out, one per submission; passes once they run out. */
    private final Deque<Boolean> precheckResults = new ArrayDeque<>();

    /** Activity ids the status listener was called for, in order. */
    private final List<String> statusActivities = new ArrayList<>();

    private JavaDelegate precheck;
    private JavaDelegate freezeVersion;
    private ExecutionListener statusListener;

    @BeforeEach
    void setUp() throws Exception {
        init(engine.getProcessEngine());

        precheck = mock(JavaDelegate.class);
        doAnswer(invocation -> {
                    DelegateExecution execution = invocation.getArgument(0);
                    Boolean passed = precheckResults.poll();
                    execution.setVariable(VAR_PRECHECK_PASSED, passed == null || passed);
                    return null;
                })
                .when(precheck)
                .execute(any());

        freezeVersion = mock(JavaDelegate.class);

        statusListener = mock(ExecutionListener.class);
        doAnswer(invocation -> {
                    DelegateExecution execution = invocation.getArgument(0);
                    statusActivities.add(execution.getCurrentActivityId());
                    return null;
                })
                .when(statusListener)
                .notify(any());

        Mocks.register(PRECHECK_DELEGATE, precheck);
        Mocks.register(FREEZE_VERSION_DELEGATE, freezeVersion);
        Mocks.register(REPORT_STATUS_LISTENER, statusListener);
        Mocks.register(WORKING_DAYS, new cn.fazhi.flow.campaign.WorkingDays(java.time.ZoneId.of("Asia/Shanghai")));
        Mocks.register(REVIEW_REMINDER_DELEGATE, mock(JavaDelegate.class));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        reset();
    }

    @Test
    void startVariablesHoldTheReferencesAndNoReturnYet() {
        Map<String, Object> variables = startVariables(REPORT_ID, TOWNSHIP_ID, COUNTY_ID, true);

        assertThat(variables)
                .containsOnly(
                        entry(VAR_REPORT_ID, REPORT_ID),
                        entry(VAR_TOWNSHIP_ID, TOWNSHIP_ID),
                        entry(VAR_COUNTY_ID, COUNTY_ID),
                        entry(VAR_LEAD_SIGN_OFF_REQUIRED, true),
                        entry(VAR_RETURNED_BY, null),
                        entry(VAR_LEGAL_RE_REVIEW, false));
    }

    @Test
    void aNewReportWaitsAtTheDraftForTheTownshipDrafters() throws Exception {
        ProcessInstance report = start(false);

        assertThat(report).isStarted().hasPassed(START_REPORT_CREATED).isWaitingAtExactly(TASK_DRAFT);
        assertThat(task(report)).hasCandidateGroup(drafterGroup(TOWNSHIP_ID));
        assertThat(report)
                .variables()
                .containsEntry(VAR_REPORT_ID, REPORT_ID)
                .containsEntry(VAR_TOWNSHIP_ID, TOWNSHIP_ID)
                .containsEntry(VAR_COUNTY_ID, COUNTY_ID)
                .containsEntry(VAR_LEAD_SIGN_OFF_REQUIRED, false)
                .containsEntry(VAR_RETURNED_BY, null)
                .containsEntry(VAR_LEGAL_RE_REVIEW, false);
        verify(precheck, never()).execute(any());
    }

    @Test
    void candidateGroupsFollowTheNamingScheme() {
        assertThat(drafterGroup(7)).isEqualTo("township-7-drafter");
        assertThat(leadGroup(7)).isEqualTo("township-7-lead");
        assertThat(advisorGroup(7)).isEqualTo("township-7-advisor");
        assertThat(countyReviewerGroup(3)).isEqualTo("county-3-reviewer");
    }

    @Test
    void eachUserTaskHasOnePoolRoleWhoseGroupMapsBackToIt() {
        assertThat(ReportReviewProcess.USER_TASKS)
                .containsExactlyInAnyOrder(TASK_DRAFT, TASK_LEAD_SIGN_OFF, TASK_LEGAL_REVIEW, TASK_COUNTY_REVIEW);
        assertThat(ReportReviewProcess.REVIEW_TASKS)
                .containsExactlyInAnyOrder(TASK_LEAD_SIGN_OFF, TASK_LEGAL_REVIEW, TASK_COUNTY_REVIEW);
        assertThat(ReportReviewProcess.poolRole(TASK_DRAFT)).isEqualTo(Role.DRAFTER);
        assertThat(ReportReviewProcess.poolRole(TASK_LEAD_SIGN_OFF)).isEqualTo(Role.TOWNSHIP_LEAD);
        assertThat(ReportReviewProcess.poolRole(TASK_LEGAL_REVIEW)).isEqualTo(Role.LEGAL_ADVISOR);
        assertThat(ReportReviewProcess.poolRole(TASK_COUNTY_REVIEW)).isEqualTo(Role.COUNTY_REVIEWER);
        for (String task : ReportReviewProcess.USER_TASKS) {
            Role role = ReportReviewProcess.poolRole(task);
            String group = ReportReviewProcess.candidateGroup(role, TOWNSHIP_ID, COUNTY_ID);
            assertThat(ReportReviewProcess.roleOfGroup(group, TOWNSHIP_ID, COUNTY_ID))
                    .contains(role);
            assertThat(ReportReviewProcess.countyPool(role)).isEqualTo(TASK_COUNTY_REVIEW.equals(task));
        }
        assertThat(ReportReviewProcess.roleOfGroup(drafterGroup(8), TOWNSHIP_ID, COUNTY_ID))
                .isEmpty();
        assertThatThrownBy(() -> ReportReviewProcess.poolRole(EVENT_APPROVED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aUserIsInTheGroupsOfThePoolRolesTheyHold() {
        UserAccount drafterAndLead = new UserAccount(
                1,
                "u",
                "u",
                null,
                COUNTY_ID,
                TOWNSHIP_ID,
                "t",
                Set.of(Role.DRAFTER, Role.TOWNSHIP_LEAD),
                Set.of(),
                "zh-CN");
        UserAccount advisor = new UserAccount(
                2, "a", "a", null, COUNTY_ID, null, null, Set.of(Role.LEGAL_ADVISOR), Set.of(7L, 9L), "zh-CN");
        UserAccount reviewerAndAdmin = new UserAccount(
                3, "r", "r", null, COUNTY_ID, null, null, Set.of(Role.COUNTY_REVIEWER, Role.ADMIN), Set.of(), "zh-CN");

        assertThat(ReportReviewProcess.candidateGroups(drafterAndLead))
                .containsExactlyInAnyOrder(drafterGroup(TOWNSHIP_ID), leadGroup(TOWNSHIP_ID));
        assertThat(ReportReviewProcess.candidateGroups(advisor))
                .containsExactlyInAnyOrder(advisorGroup(7), advisorGroup(9));
        assertThat(ReportReviewProcess.candidateGroups(reviewerAndAdmin))
                .containsExactly(countyReviewerGroup(COUNTY_ID));
    }

    @Test
    void precheckFailedLoopsBackToTheDraftWithoutFreezingAVersion() throws Exception {
        precheckResults.add(false);
        ProcessInstance report = start(false);

        submit(report);

        assertThat(report)
                .hasPassedInOrder(TASK_DRAFT, SERVICE_TASK_PRECHECK, GATEWAY_PRECHECK)
                .hasNotPassed(SERVICE_TASK_FREEZE_VERSION, GATEWAY_ROUTE)
                .isWaitingAtExactly(TASK_DRAFT);
        assertThat(timesEntered(report, TASK_DRAFT)).isEqualTo(2);
        assertThat(report).variables().containsEntry(VAR_PRECHECK_PASSED, false).containsEntry(VAR_RETURNED_BY, null);
        verify(precheck, times(1)).execute(any());
        verify(freezeVersion, never()).execute(any());
    }

    @Test
    void precheckPassedOnResubmissionFreezesAVersionAndGoesOn() throws Exception {
        precheckResults.add(false);
        precheckResults.add(false);
        precheckResults.add(true);
        ProcessInstance report = start(false);

        submit(report);
        submit(report);
        submit(report);

        assertThat(report)
                .hasPassedInOrder(SERVICE_TASK_PRECHECK, SERVICE_TASK_FREEZE_VERSION, GATEWAY_ROUTE)
                .isWaitingAtExactly(TASK_LEGAL_REVIEW);
        assertThat(report).variables().containsEntry(VAR_PRECHECK_PASSED, true);
        verify(precheck, times(3)).execute(any());
        verify(freezeVersion, times(1)).execute(any());
        assertThat(timesEntered(report, TASK_DRAFT)).isEqualTo(3);
    }

    @Test
    void happyPathWithoutLeadSignOffGoesLegalReviewCountyApproved() throws Exception {
        ProcessInstance report = start(false);

        submit(report);
        assertThat(report).isWaitingAtExactly(TASK_LEGAL_REVIEW);
        assertThat(task(report)).hasCandidateGroup(advisorGroup(TOWNSHIP_ID));
        decide(report, TASK_LEGAL_REVIEW, APPROVE);
        assertThat(report).isWaitingAtExactly(TASK_COUNTY_REVIEW);
        assertThat(task(report)).hasCandidateGroup(countyReviewerGroup(COUNTY_ID));
        decide(report, TASK_COUNTY_REVIEW, APPROVE);

        assertThat(report)
                .hasPassedInOrder(
                        START_REPORT_CREATED,
                        TASK_DRAFT,
                        SERVICE_TASK_PRECHECK,
                        GATEWAY_PRECHECK,
                        SERVICE_TASK_FREEZE_VERSION,
                        GATEWAY_ROUTE,
                        TASK_LEGAL_REVIEW,
                        GATEWAY_LEGAL_DECISION,
                        TASK_COUNTY_REVIEW,
                        GATEWAY_COUNTY_DECISION,
                        EVENT_APPROVED)
                .hasNotPassed(TASK_LEAD_SIGN_OFF)
                .isWaitingAtExactly(EVENT_AWAIT_PUBLICATION);
        publish();
        assertThat(report)
                .hasPassedInOrder(EVENT_AWAIT_PUBLICATION, END_PUBLISHED)
                .isEnded();
        verify(freezeVersion, times(1)).execute(any());
    }

    @Test
    void happyPathWithLeadSignOffGoesThroughTheLeadFirst() throws Exception {
        ProcessInstance report = start(true);

        submit(report);
        assertThat(report).isWaitingAtExactly(TASK_LEAD_SIGN_OFF);
        assertThat(task(report)).hasCandidateGroup(leadGroup(TOWNSHIP_ID));
        decide(report, TASK_LEAD_SIGN_OFF, APPROVE);
        assertThat(report).isWaitingAtExactly(TASK_LEGAL_REVIEW);
        decide(report, TASK_LEGAL_REVIEW, APPROVE);
        assertThat(report).isWaitingAtExactly(TASK_COUNTY_REVIEW);
        decide(report, TASK_COUNTY_REVIEW, APPROVE);

        assertThat(report)
                .hasPassedInOrder(
                        TASK_DRAFT,
                        GATEWAY_ROUTE,
                        TASK_LEAD_SIGN_OFF,
                        GATEWAY_LEAD_DECISION,
                        TASK_LEGAL_REVIEW,
                        TASK_COUNTY_REVIEW,
                        EVENT_APPROVED)
                .isWaitingAtExactly(EVENT_AWAIT_PUBLICATION);
    }

    @Test
    void anUnknownDecisionIsRefusedAndTheTaskStays() {
        ProcessInstance report = start(false);
        submit(report);

        assertThatThrownBy(() -> complete(task(report), withVariables(VAR_DECISION, "MAYBE")))
                .isInstanceOf(ProcessEngineException.class);
        assertThat(report).isWaitingAtExactly(TASK_LEGAL_REVIEW);
    }

    @Test
    void statusListenerIsCalledOnEachUserTaskAndTheEndEvent() throws Exception {
        ProcessInstance report = start(true);

        submit(report);
        decide(report, TASK_LEAD_SIGN_OFF, APPROVE);
        decide(report, TASK_LEGAL_REVIEW, APPROVE);
        decide(report, TASK_COUNTY_REVIEW, APPROVE);

        verify(statusListener, times(5)).notify(any());
        assertThat(statusActivities)
                .containsExactly(TASK_DRAFT, TASK_LEAD_SIGN_OFF, TASK_LEGAL_REVIEW, TASK_COUNTY_REVIEW, EVENT_APPROVED);
    }

    @Test
    void anApprovedReportWaitsForItsPublicationAndEndsWithIt() throws Exception {
        ProcessInstance report = start(false);
        ProcessInstance other = start(false);
        submit(report);
        decide(report, TASK_LEGAL_REVIEW, APPROVE);
        decide(report, TASK_COUNTY_REVIEW, APPROVE);
        assertThat(report).isWaitingAtExactly(EVENT_AWAIT_PUBLICATION);

        // As the publication feature does it; the other report, still in draft, has no subscription and stays.
        runtimeService()
                .createMessageCorrelation(MESSAGE_PUBLISHED)
                .processInstanceId(report.getId())
                .correlateAll();

        assertThat(report)
                .hasPassedInOrder(EVENT_APPROVED, EVENT_AWAIT_PUBLICATION, END_PUBLISHED)
                .isEnded();
        assertThat(other).isWaitingAtExactly(TASK_DRAFT);
        assertThat(statusActivities).endsWith(EVENT_APPROVED, END_PUBLISHED);
    }

    @Test
    void statusListenerIsCalledForTheDraftOnEveryLoopBack() throws Exception {
        precheckResults.add(false);
        ProcessInstance report = start(false);

        submit(report); // pre-check fails
        submit(report);
        decide(report, TASK_LEGAL_REVIEW, RETURN);
        submit(report);
        withdraw(report);

        verify(statusListener, times(6)).notify(any());
        assertThat(statusActivities)
                .containsExactly(TASK_DRAFT, TASK_DRAFT, TASK_LEGAL_REVIEW, TASK_DRAFT, TASK_LEGAL_REVIEW, TASK_DRAFT);
    }

    @Test
    void leadReturnSetsReturnedByLeadAndTheResubmissionGoesThroughTheLeadAgain() throws Exception {
        ProcessInstance report = start(true);

        submit(report);
        decide(report, TASK_LEAD_SIGN_OFF, RETURN);

        assertThat(report).isWaitingAtExactly(TASK_DRAFT);
        assertThat(report)
                .variables()
                .containsEntry(VAR_RETURNED_BY, RETURNED_BY_LEAD)
                .containsEntry(VAR_LEGAL_RE_REVIEW, false);

        submit(report);
        assertThat(report).isWaitingAtExactly(TASK_LEAD_SIGN_OFF);
        decide(report, TASK_LEAD_SIGN_OFF, APPROVE);
        decide(report, TASK_LEGAL_REVIEW, APPROVE);
        decide(report, TASK_COUNTY_REVIEW, APPROVE);

        assertThat(report).isWaitingAtExactly(EVENT_AWAIT_PUBLICATION);
        assertThat(statusActivities)
                .containsExactly(
                        TASK_DRAFT,
                        TASK_LEAD_SIGN_OFF,
                        TASK_DRAFT,
                        TASK_LEAD_SIGN_OFF,
                        TASK_LEGAL_REVIEW,
                        TASK_COUNTY_REVIEW,
                        EVENT_APPROVED);
    }

    @Test
    void leadReturnResetsALegalReReviewTheCountyAskedFor() throws Exception {
        ProcessInstance report = start(true);
        submit(report);
        decide(report, TASK_LEAD_SIGN_OFF, APPROVE);
        decide(report, TASK_LEGAL_REVIEW, APPROVE);
        countyReturns(report, true);
        submit(report);

        decide(report, TASK_LEAD_SIGN_OFF, RETURN);

        assertThat(report)
                .variables()
                .containsEntry(VAR_RETURNED_BY, RETURNED_BY_LEAD)
                .containsEntry(VAR_LEGAL_RE_REVIEW, false);
        submit(report);
        assertThat(report).isWaitingAtExactly(TASK_LEAD_SIGN_OFF);
    }

    @Test
    void legalReturnSetsReturnedByLegalAndTheResubmissionGoesToLegalReviewAgain() throws Exception {
        ProcessInstance report = start(false);

        submit(report);
        decide(report, TASK_LEGAL_REVIEW, RETURN);

        assertThat(report).isWaitingAtExactly(TASK_DRAFT);
        assertThat(report)
                .variables()
                .containsEntry(VAR_RETURNED_BY, RETURNED_BY_LEGAL)
                .containsEntry(VAR_LEGAL_RE_REVIEW, false);

        submit(report);
        assertThat(report).isWaitingAtExactly(TASK_LEGAL_REVIEW);
        decide(report, TASK_LEGAL_REVIEW, APPROVE);
        decide(report, TASK_COUNTY_REVIEW, APPROVE);

        assertThat(report).isWaitingAtExactly(EVENT_AWAIT_PUBLICATION).hasNotPassed(TASK_LEAD_SIGN_OFF);
        verify(freezeVersion, times(2)).execute(any());
        assertThat(statusActivities)
                .containsExactly(
                        TASK_DRAFT,
                        TASK_LEGAL_REVIEW,
                        TASK_DRAFT,
                        TASK_LEGAL_REVIEW,
                        TASK_COUNTY_REVIEW,
                        EVENT_APPROVED);
    }

    @Test
    void legalReturnWithLeadSignOffRequiredResubmitsThroughTheLeadAgain() throws Exception {
        ProcessInstance report = start(true);

        submit(report);
        decide(report, TASK_LEAD_SIGN_OFF, APPROVE);
        decide(report, TASK_LEGAL_REVIEW, RETURN);
        assertThat(report).variables().containsEntry(VAR_RETURNED_BY, RETURNED_BY_LEGAL);

        submit(report);
        assertThat(report).isWaitingAtExactly(TASK_LEAD_SIGN_OFF);
    }

    @Test
    void legalReturnResetsALegalReReviewTheCountyAskedFor() throws Exception {
        ProcessInstance report = start(false);
        submit(report);
        decide(report, TASK_LEGAL_REVIEW, APPROVE);
        countyReturns(report, true);
        submit(report);

        decide(report, TASK_LEGAL_REVIEW, RETURN);

        assertThat(report)
                .variables()
                .containsEntry(VAR_RETURNED_BY, RETURNED_BY_LEGAL)
                .containsEntry(VAR_LEGAL_RE_REVIEW, false);
        submit(report);
        assertThat(report).isWaitingAtExactly(TASK_LEGAL_REVIEW);
    }

    @Test
    void countyReturnSetsReturnedByCounty() throws Exception {
        ProcessInstance report = start(false);
        submit(report);
        decide(report, TASK_LEGAL_REVIEW, APPROVE);

        countyReturns(report, false);

        assertThat(report).isWaitingAtExactly(TASK_DRAFT);
        assertThat(report)
                .variables()
                .containsEntry(VAR_RETURNED_BY, RETURNED_BY_COUNTY)
                .containsEntry(VAR_LEGAL_RE_REVIEW, false);
    }

    @Test
    void countyReturnWithoutReReviewResubmitsStraightToTheCounty() throws Exception {
        ProcessInstance report = start(false);
        submit(report);
        decide(report, TASK_LEGAL_REVIEW, APPROVE);
        countyReturns(report, false);

        submit(report);

        assertThat(report).isWaitingAtExactly(TASK_COUNTY_REVIEW);
        decide(report, TASK_COUNTY_REVIEW, APPROVE);
        assertThat(report).isWaitingAtExactly(EVENT_AWAIT_PUBLICATION);
        assertThat(statusActivities)
                .containsExactly(
                        TASK_DRAFT,
                        TASK_LEGAL_REVIEW,
                        TASK_COUNTY_REVIEW,
                        TASK_DRAFT,
                        TASK_COUNTY_REVIEW,
                        EVENT_APPROVED);
        assertThat(timesEntered(report, TASK_LEGAL_REVIEW)).isEqualTo(1);
    }

    @Test
    void countyReturnWithoutReReviewSkipsTheLeadToo() throws Exception {
        ProcessInstance report = start(true);
        submit(report);
        decide(report, TASK_LEAD_SIGN_OFF, APPROVE);
        decide(report, TASK_LEGAL_REVIEW, APPROVE);
        countyReturns(report, false);

        submit(report);

        assertThat(report).isWaitingAtExactly(TASK_COUNTY_REVIEW);
        assertThat(timesEntered(report, TASK_LEAD_SIGN_OFF)).isEqualTo(1);
        assertThat(timesEntered(report, TASK_LEGAL_REVIEW)).isEqualTo(1);
    }

    @Test
    void countyReturnWithReReviewResubmitsToLegalReview() throws Exception {
        ProcessInstance report = start(false);
        submit(report);
        decide(report, TASK_LEGAL_REVIEW, APPROVE);
        countyReturns(report, true);
        assertThat(report)
                .variables()
                .containsEntry(VAR_RETURNED_BY, RETURNED_BY_COUNTY)
                .containsEntry(VAR_LEGAL_RE_REVIEW, true);

        submit(report);

        assertThat(report).isWaitingAtExactly(TASK_LEGAL_REVIEW);
        decide(report, TASK_LEGAL_REVIEW, APPROVE);
        decide(report, TASK_COUNTY_REVIEW, APPROVE);
        assertThat(report).isWaitingAtExactly(EVENT_AWAIT_PUBLICATION);
        assertThat(statusActivities)
                .containsExactly(
                        TASK_DRAFT,
                        TASK_LEGAL_REVIEW,
                        TASK_COUNTY_REVIEW,
                        TASK_DRAFT,
                        TASK_LEGAL_REVIEW,
                        TASK_COUNTY_REVIEW,
                        EVENT_APPROVED);
    }

    @Test
    void countyReturnWithReReviewAndLeadSignOffResubmitsThroughTheLead() throws Exception {
        ProcessInstance report = start(true);
        submit(report);
        decide(report, TASK_LEAD_SIGN_OFF, APPROVE);
        decide(report, TASK_LEGAL_REVIEW, APPROVE);
        countyReturns(report, true);

        submit(report);

        assertThat(report).isWaitingAtExactly(TASK_LEAD_SIGN_OFF);
        decide(report, TASK_LEAD_SIGN_OFF, APPROVE);
        decide(report, TASK_LEGAL_REVIEW, APPROVE);
        decide(report, TASK_COUNTY_REVIEW, APPROVE);
        assertThat(report).isWaitingAtExactly(EVENT_AWAIT_PUBLICATION);
        assertThat(statusActivities)
                .containsExactly(
                        TASK_DRAFT,
                        TASK_LEAD_SIGN_OFF,
                        TASK_LEGAL_REVIEW,
                        TASK_COUNTY_REVIEW,
                        TASK_DRAFT,
                        TASK_LEAD_SIGN_OFF,
                        TASK_LEGAL_REVIEW,
                        TASK_COUNTY_REVIEW,
                        EVENT_APPROVED);
    }

    @Test
    void aSecondCountyReturnWithoutReReviewResubmitsStraightToTheCounty() throws Exception {
        ProcessInstance report = start(false);
        submit(report);
        decide(report, TASK_LEGAL_REVIEW, APPROVE);
        countyReturns(report, true);
        submit(report);
        decide(report, TASK_LEGAL_REVIEW, APPROVE);

        countyReturns(report, false);
        submit(report);

        assertThat(report).isWaitingAtExactly(TASK_COUNTY_REVIEW);
        assertThat(timesEntered(report, TASK_LEGAL_REVIEW)).isEqualTo(2);
    }

    /** Each review step a submission can be withdrawn from: how to get there, and where a resubmission goes. */
    static Stream<Arguments> withdrawableSteps() {
        return Stream.of(
                arguments(TASK_LEAD_SIGN_OFF, BOUNDARY_WITHDRAWN_FROM_LEAD, true, TASK_LEAD_SIGN_OFF),
                arguments(TASK_LEGAL_REVIEW, BOUNDARY_WITHDRAWN_FROM_LEGAL, false, TASK_LEGAL_REVIEW),
                arguments(TASK_COUNTY_REVIEW, BOUNDARY_WITHDRAWN_FROM_COUNTY, false, TASK_LEGAL_REVIEW));
    }

    @ParameterizedTest(name = "withdraw from {0} goes back to the draft")
    @MethodSource("withdrawableSteps")
    void withdrawGoesBackToTheDraft(
            String step, String withdrawnEvent, boolean leadSignOffRequired, String resubmittedTo) throws Exception {
        ProcessInstance report = start(leadSignOffRequired);
        submit(report);
        if (TASK_COUNTY_REVIEW.equals(step)) {
            decide(report, TASK_LEGAL_REVIEW, APPROVE);
        }
        assertThat(report).isWaitingAtExactly(step);

        withdraw(report);

        assertThat(report).hasPassedInOrder(step, withdrawnEvent).isWaitingAtExactly(TASK_DRAFT);
        assertThat(timesEntered(report, TASK_DRAFT)).isEqualTo(2);
        assertThat(report).variables().containsEntry(VAR_RETURNED_BY, null);
        submit(report);
        assertThat(report).isWaitingAtExactly(resubmittedTo);
    }

    @Test
    void withdrawAfterACountyReturnKeepsTheRouteToTheCounty() throws Exception {
        ProcessInstance report = start(false);
        submit(report);
        decide(report, TASK_LEGAL_REVIEW, APPROVE);
        countyReturns(report, false);
        submit(report);
        assertThat(report).isWaitingAtExactly(TASK_COUNTY_REVIEW);

        withdraw(report);

        assertThat(report).isWaitingAtExactly(TASK_DRAFT);
        assertThat(report).variables().containsEntry(VAR_RETURNED_BY, RETURNED_BY_COUNTY);
        submit(report);
        assertThat(report).isWaitingAtExactly(TASK_COUNTY_REVIEW);
    }

    @Test
    void withdrawOfADraftFindsNoSubmission() {
        ProcessInstance report = start(false);

        assertThatThrownBy(() -> withdraw(report)).isInstanceOf(MismatchingMessageCorrelationException.class);
        assertThat(report).isWaitingAtExactly(TASK_DRAFT);
    }

    private ProcessInstance start(boolean leadSignOffRequired) {
        return runtimeService()
                .startProcessInstanceByKey(KEY, startVariables(REPORT_ID, TOWNSHIP_ID, COUNTY_ID, leadSignOffRequired));
    }

    private void submit(ProcessInstance report) {
        assertThat(report).isWaitingAtExactly(TASK_DRAFT);
        complete(task(report));
    }

    private void decide(ProcessInstance report, String taskId, String decision) {
        assertThat(report).isWaitingAtExactly(taskId);
        complete(task(report), withVariables(VAR_DECISION, decision));
    }

    private void countyReturns(ProcessInstance report, boolean legalReReview) {
        assertThat(report).isWaitingAtExactly(TASK_COUNTY_REVIEW);
        complete(task(report), withVariables(VAR_DECISION, RETURN, VAR_LEGAL_RE_REVIEW, legalReReview));
    }

    /** As the publication feature correlates it: by the report id. */
    private void publish() {
        runtimeService()
                .createMessageCorrelation(MESSAGE_PUBLISHED)
                .processInstanceVariableEquals(VAR_REPORT_ID, REPORT_ID)
                .correlateAll();
    }

    private void withdraw(ProcessInstance report) {
        runtimeService()
                .createMessageCorrelation(MESSAGE_WITHDRAW)
                .processInstanceId(report.getId())
                .correlate();
    }

    private long timesEntered(ProcessInstance report, String activityId) {
        List<HistoricActivityInstance> instances = historyService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(report.getId())
                .activityId(activityId)
                .list();
        return instances.size();
    }
}
