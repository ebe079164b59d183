package cn.fazhi.flow.campaign;

import static cn.fazhi.flow.workflow.AnnualCampaignProcess.*;

import cn.fazhi.flow.audit.AuditAction;
import cn.fazhi.flow.audit.AuditService;
import cn.fazhi.flow.notify.Notice;
import cn.fazhi.flow.notify.NotificationKind;
import cn.fazhi.flow.notify.NotificationService;
import cn.fazhi.flow.org.Role;
import cn.fazhi.flow.report.ReportDetails;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ReportStatus;
import cn.fazhi.flow.workflow.ReportReviewProcess;
import cn.fazhi.flow.workflow.ReportStepReached;
import cn.fazhi.flow.workflow.WorkItem;
import cn.fazhi.flow.workflow.WorkflowService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the campaign's timers and the review's reminder timers do, and how the campaign's process learns where each
 * report stands. Called by the engine (its delegates and the report-review's {@link ReportStepReached}), as the
 * system: no user check.
 */
@Component
@Transactional
class CampaignDeadlines {

    static final String SYSTEM = "system";

    private final CampaignRepository campaigns;
    private final CampaignReportRepository entries;
    private final ReportService reports;
    private final NotificationService notifications;
    private final AuditService audit;
    private final WorkflowService workflow;
    private final WorkingDays workingDays;
    private final Clock clock;

    CampaignDeadlines(
            CampaignRepository campaigns,
            CampaignReportRepository entries,
            ReportService reports,
            NotificationService notifications,
            AuditService audit,
            WorkflowService workflow,
            WorkingDays workingDays,
            Clock clock) {
        this.campaigns = campaigns;
        this.entries = entries;
        this.reports = reports;
        this.notifications = notifications;
        this.audit = audit;
        this.workflow = workflow;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /**
     * Where a report stands when it joins a campaign. Runs inside opening the campaign (or adding a township), for the
     * administrator who does it.
     */
    String stageOf(long reportId) {
        ReportDetails report = reports.get(reportId);
        return stage(report.status(), report.version());
    }

    static String stage(ReportStatus status, int version) {
        if (status == ReportStatus.PUBLISHED) {
            return STAGE_PUBLISHED;
        }
        if (status == ReportStatus.APPROVED) {
            return STAGE_APPROVED;
        }
        return version > 0 ? STAGE_SUBMITTED : STAGE_DRAFT;
    }

    void remindSubmission(long campaignId, long reportId) {
        notifications.send(new Notice(
                NotificationKind.SUBMISSION_REMINDER,
                reportId,
                Set.of(),
                Set.of(Role.DRAFTER),
                Set.of(),
                dueDate(campaign(campaignId)).toString()));
    }

    void markOverdue(long campaignId, long reportId) {
        Campaign campaign = campaign(campaignId);
        entries.findByReportId(reportId).ifPresent(e -> e.markOverdue(clock.instant()));
        String due = dueDate(campaign).toString();
        audit.record(reportId, SYSTEM, AuditAction.OVERDUE, ReportReviewProcess.TASK_DRAFT, due);
        notifications.send(new Notice(
                NotificationKind.SUBMISSION_OVERDUE,
                reportId,
                Set.of(),
                Set.of(Role.TOWNSHIP_LEAD),
                Set.of(Role.ADMIN),
                due));
    }

    void remindPublication(long campaignId, long reportId) {
        notifications.send(new Notice(
                NotificationKind.PUBLICATION_REMINDER,
                reportId,
                Set.of(),
                Set.of(),
                Set.of(Role.ADMIN),
                campaign(campaignId).getPublicationDue().toString()));
    }

    /** The holder of the report's open review task: its assignee, or its pool while nobody has claimed it. */
    void remindReviewer(String processInstanceId, long reportId, Integer legalReviewDays, Integer countyReviewDays) {
        WorkItem task = workflow.openTask(processInstanceId).orElse(null);
        if (task == null) {
            return;
        }
        Role pool = ReportReviewProcess.poolRole(task.step());
        boolean county = ReportReviewProcess.countyPool(pool);
        Set<String> users = task.assignee() == null ? Set.of() : Set.of(task.assignee());
        Set<Role> townshipRoles = task.assignee() == null && !county ? Set.of(pool) : Set.of();
        Set<Role> countyRoles = task.assignee() == null && county ? Set.of(pool) : Set.of();
        Integer reviewDays = county ? countyReviewDays : legalReviewDays;
        int days = reviewDays == null || reviewDays < 1 ? WorkingDays.DEFAULT_REVIEW_DAYS : reviewDays;
        Date due = workingDays.after(Date.from(task.created()), days);
        notifications.send(new Notice(
                NotificationKind.REVIEW_REMINDER,
                reportId,
                users,
                townshipRoles,
                countyRoles,
                due.toInstant().atZone(workingDays.zone()).toLocalDate().toString()));
    }

    /** Moves the report's branch of its campaign's process on when the report is submitted, approved or published. */
    @EventListener
    public void reached(ReportStepReached event) {
        entries.findByReportId(event.reportId())
                .flatMap(e -> campaigns.findById(e.getCampaignId()))
                .map(Campaign::getProcessInstanceId)
                .ifPresent(pid -> workflow.advanceCampaign(pid, event.reportId(), event.step()));
    }

    private LocalDate dueDate(Campaign campaign) {
        // The last day to submit: the deadline instant is the end of it (or a time within it).
        return campaign.getSubmissionDue().minusNanos(1).atZone(clock.getZone()).toLocalDate();
    }

    private Campaign campaign(long campaignId) {
        return campaigns.findById(campaignId).orElseThrow();
    }
}
