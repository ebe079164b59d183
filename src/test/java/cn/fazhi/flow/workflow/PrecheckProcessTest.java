package cn.fazhi.flow.workflow;

import static cn.fazhi.flow.workflow.ReportReviewProcess.FREEZE_VERSION_DELEGATE;
import static cn.fazhi.flow.workflow.ReportReviewProcess.KEY;
import static cn.fazhi.flow.workflow.ReportReviewProcess.PRECHECK_DELEGATE;
import static cn.fazhi.flow.workflow.ReportReviewProcess.REPORT_STATUS_LISTENER;
import static cn.fazhi.flow.workflow.ReportReviewProcess.RESOURCE;
import static cn.fazhi.flow.workflow.ReportReviewProcess.REVIEW_REMINDER_DELEGATE;
import static cn.fazhi.flow.workflow.ReportReviewProcess.SERVICE_TASK_FREEZE_VERSION;
import static cn.fazhi.flow.workflow.ReportReviewProcess.TASK_DRAFT;
import static cn.fazhi.flow.workflow.ReportReviewProcess.TASK_LEGAL_REVIEW;
import static cn.fazhi.flow.workflow.ReportReviewProcess.VAR_PRECHECK_PASSED;
import static cn.fazhi.flow.workflow.ReportReviewProcess.VAR_SUBMITTED_BY;
import static cn.fazhi.flow.workflow.ReportReviewProcess.VAR_SUBMITTED_PRECHECK_PASSED;
import static cn.fazhi.flow.workflow.ReportReviewProcess.WORKING_DAYS;
import static cn.fazhi.flow.workflow.ReportReviewProcess.startVariables;
import static cn.fazhi.flow.workflow.ReportReviewProcess.submitVariables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.fazhi.flow.campaign.WorkingDays;
import cn.fazhi.flow.check.CheckService;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real pre-check delegate with a mocked {@link CheckService}: a submission that brings its pre-check result (as
 * the review service's does) is routed on it without a second run; a draft completed without one is checked once.
 */
@Deployment(resources = RESOURCE)
class PrecheckProcessTest {

    private static final long REPORT_ID = 42L;

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda.cfg.xml")
            .build();

    private final CheckService checks = mock(CheckService.class);

    @BeforeEach
    void setUp() {
        init(engine.getProcessEngine());
        Mocks.register(PRECHECK_DELEGATE, new PrecheckDelegate(checks));
        Mocks.register(FREEZE_VERSION_DELEGATE, mock(JavaDelegate.class));
        Mocks.register(REPORT_STATUS_LISTENER, mock(ExecutionListener.class));
        Mocks.register(WORKING_DAYS, new WorkingDays(ZoneId.of("Asia/Shanghai")));
        Mocks.register(REVIEW_REMINDER_DELEGATE, mock(JavaDelegate.class));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        reset();
    }

    @Test
    void aBlockedSubmissionIsRoutedOnItsOwnResultWithoutCheckingAgain() {
        ProcessInstance report = start();

        taskService().complete(task(report).getId(), submitVariables("drafter", false));

        assertThat(report).isWaitingAtExactly(TASK_DRAFT).hasNotPassed(SERVICE_TASK_FREEZE_VERSION);
        assertThat(report)
                .variables()
                .containsEntry(VAR_PRECHECK_PASSED, false)
                .containsEntry(VAR_SUBMITTED_BY, "drafter")
                .doesNotContainKey(VAR_SUBMITTED_PRECHECK_PASSED);
        verify(checks, never()).passes(anyLong());
        verify(checks, never()).checkFor(anyLong());
    }

    @Test
    void aPassingSubmissionIsRoutedOnItsOwnResultWithoutCheckingAgain() {
        ProcessInstance report = start();

        taskService().complete(task(report).getId(), submitVariables("drafter", false));
        taskService().complete(task(report).getId(), submitVariables("drafter", true));

        assertThat(report).isWaitingAtExactly(TASK_LEGAL_REVIEW).hasPassed(SERVICE_TASK_FREEZE_VERSION);
        assertThat(report).variables().containsEntry(VAR_PRECHECK_PASSED, true);
        verify(checks, never()).passes(anyLong());
        verify(checks, never()).checkFor(anyLong());
        // The submission's result is never stored, so a later submission cannot route on a stale one.
        assertThat(historyService()
                        .createHistoricVariableInstanceQuery()
                        .variableName(VAR_SUBMITTED_PRECHECK_PASSED)
                        .count())
                .isZero();
    }

    @Test
    void aDraftCompletedWithoutAResultIsCheckedOnce() {
        when(checks.passes(REPORT_ID)).thenReturn(false, true);
        ProcessInstance report = start();

        taskService().complete(task(report).getId(), Map.of(VAR_SUBMITTED_BY, "cockpit"));
        assertThat(report).isWaitingAtExactly(TASK_DRAFT);
        verify(checks, times(1)).passes(REPORT_ID);

        taskService().complete(task(report).getId(), Map.of(VAR_SUBMITTED_BY, "cockpit"));
        assertThat(report).isWaitingAtExactly(TASK_LEGAL_REVIEW);
        verify(checks, times(2)).passes(REPORT_ID);
    }

    private ProcessInstance start() {
        return runtimeService()
                .startProcessInstanceByKey(KEY, String.valueOf(REPORT_ID), startVariables(REPORT_ID, 7L, 3L, false));
    }
}
