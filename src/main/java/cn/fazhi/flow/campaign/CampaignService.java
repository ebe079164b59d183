package cn.fazhi.flow.campaign;

import cn.fazhi.flow.audit.AuditAction;
import cn.fazhi.flow.audit.AuditService;
import cn.fazhi.flow.audit.HistoryEntry;
import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.base.Messages;
import cn.fazhi.flow.base.SecurityAction;
import cn.fazhi.flow.base.SecurityEvent;
import cn.fazhi.flow.notify.NotificationService;
import cn.fazhi.flow.org.AccessPolicy;
import cn.fazhi.flow.org.CountySettings;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.TownshipInfo;
import cn.fazhi.flow.org.UserAccount;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportDetails;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ReportSummary;
import cn.fazhi.flow.report.VersionInfo;
import cn.fazhi.flow.review.Deadline;
import cn.fazhi.flow.review.ReviewService;
import cn.fazhi.flow.workflow.WorkItem;
import cn.fazhi.flow.workflow.WorkflowService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual campaigns: opening one (a report and its review for every township, and the campaign's process with its
 * deadlines), the list, the tracking board and its .xlsx export, adding a township, and urging. Every method checks
 * who asks: opening and adding are for the county's ADMIN; the board for its ADMIN and COUNTY_REVIEWER.
 */
@Service
@Transactional
public class CampaignService {

    /** Review periods are whole working days in this range. */
    public static final int MIN_REVIEW_DAYS = 1;

    public static final int MAX_REVIEW_DAYS = 30;

    /** Deadlines as the security log writes them. */
    private static final DateTimeFormatter CHINESE_DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private static final DateTimeFormatter CHINESE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final CampaignRepository campaigns;
    private final CampaignReportRepository entries;
    private final OrgService org;
    private final ReportService reports;
    private final ReviewService review;
    private final AuditService audit;
    private final NotificationService notifications;
    private final WorkflowService workflow;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CampaignService(
            CampaignRepository campaigns,
            CampaignReportRepository entries,
            OrgService org,
            ReportService reports,
            ReviewService review,
            AuditService audit,
            NotificationService notifications,
            WorkflowService workflow,
            Messages messages,
            ApplicationEventPublisher events,
            Clock clock) {
        this.campaigns = campaigns;
        this.entries = entries;
        this.org = org;
        this.reports = reports;
        this.review = review;
        this.audit = audit;
        this.notifications = notifications;
        this.workflow = workflow;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens a campaign for the administrator's county: one report per township (adopting the one a township already
     * started for that year) with its review process, and the campaign's own process with the deadlines. The opening
     * goes to the security log.
     */
    public long open(OpenCampaign request) {
        UserAccount me = org.currentUser();
        AccessPolicy.requireCountyAdmin(me, "campaign.error.notCountyAdmin");
        long countyId = request.countyId() == null ? me.county() : request.countyId();
        AccessPolicy.requireCountyAdmin(me, countyId, "campaign.error.notCountyAdmin");
        int thisYear = today().getYear();
        if (request.year() == null || request.submissionDue() == null) {
            throw FlowException.invalid("campaign.error.missing");
        }
        int year = request.year();
        if (year < 2000 || year > thisYear + 1) {
            throw FlowException.invalid("error.yearOutOfRange", 2000, thisYear + 1);
        }
        Instant due = request.submissionDue().atZone(clock.getZone()).toInstant();
        if (!due.isAfter(clock.instant())) {
            throw FlowException.invalid("campaign.error.deadlinePast");
        }
        CountySettings defaults = org.countySettings(countyId);
        int legalDays =
                reviewDays(request.legalReviewDays() == null ? defaults.legalReviewDays() : request.legalReviewDays());
        int countyDays = reviewDays(
                request.countyReviewDays() == null ? defaults.countyReviewDays() : request.countyReviewDays());
        LocalDate publicationDue = request.publicationDue() == null
                ? defaults.publicationDue().atYear(year + 1)
                : request.publicationDue();
        if (!publicationDue.atStartOfDay(clock.getZone()).toInstant().isAfter(due)) {
            throw FlowException.invalid("campaign.error.publicationBeforeSubmission");
        }
        if (campaigns.findByCountyIdAndYear(countyId, year).isPresent()) {
            throw FlowException.conflict("campaign.error.exists", year);
        }
        Campaign campaign = campaigns.save(new Campaign(
                countyId, year, due, legalDays, countyDays, publicationDue, me.username(), clock.instant()));
        // A deactivated township gets no new report; its earlier ones stay.
        for (TownshipInfo township : org.activeTownshipsOfCounty(countyId)) {
            join(campaign, township);
        }
        entries.flush();
        campaign.setProcessInstanceId(workflow.startCampaign(campaign.getId(), due, publicationDue, clock.getZone()));
        String detail = messages.get(
                Messages.CHINESE,
                "security.detail.campaign",
                year,
                CHINESE_TIME.format(request.submissionDue()),
                CHINESE_DAY.format(publicationDue));
        events.publishEvent(SecurityEvent.succeeded(
                SecurityAction.CAMPAIGN_OPENED, me.username(), "campaign:" + campaign.getId(), detail));
        return campaign.getId();
    }

    /** What a new campaign of the administrator's county takes when the opening leaves it out: the county's settings. */
    @Transactional(readOnly = true)
    public CountySettings openingDefaults() {
        UserAccount me = org.currentUser();
        AccessPolicy.requireCountyAdmin(me, "campaign.error.notCountyAdmin");
        return org.countySettings(me.county());
    }

    /** The campaigns of the user's county, newest year first (ADMIN and COUNTY_REVIEWER). */
    @Transactional(readOnly = true)
    public List<CampaignSummary> list() {
        UserAccount me = requireBoardRole();
        return campaigns.findByCountyIdOrderByYearDesc(me.county()).stream()
                .map(this::summary)
                .toList();
    }

    @Transactional(readOnly = true)
    public CampaignSummary get(long campaignId) {
        return summary(readable(campaignId));
    }

    /** One row per township of the campaign, in township order. */
    @Transactional(readOnly = true)
    public List<BoardRow> board(long campaignId) {
        return board(campaignId, BoardFilter.ALL);
    }

    /** The rows of the townships that the filter lets through, in township order. */
    @Transactional(readOnly = true)
    public List<BoardRow> board(long campaignId, BoardFilter filter) {
        Campaign campaign = readable(campaignId);
        List<CampaignReport> joined = entries.findByCampaignIdOrderByTownshipIdAsc(campaignId);
        List<ReportDetails> details =
                joined.stream().map(entry -> reports.get(entry.getReportId())).toList();
        // Where every report stands, in one engine query rather than one per township.
        Map<String, WorkItem> open = workflow.openTasks(
                details.stream().map(ReportDetails::processInstanceId).toList());
        List<BoardRow> rows = new ArrayList<>();
        for (int i = 0; i < joined.size(); i++) {
            ReportDetails report = details.get(i);
            BoardRow row = row(campaign, joined.get(i), report, open.get(report.processInstanceId()));
            if (filter.test(row)) {
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * The board as an .xlsx workbook of the townships that the filter lets through, headed by the campaign, the export
     * time and the filter, in the given language.
     */
    @Transactional(readOnly = true)
    public byte[] boardXlsx(long campaignId, BoardFilter filter, Locale locale) {
        CampaignSummary campaign = get(campaignId);
        return new BoardWorkbook(messages, Messages.supported(locale), clock.getZone())
                .write(campaign, filter, board(campaignId, filter), clock.instant());
    }

    /** Adds a township that joined the county during the campaign (the county's ADMIN). */
    public void addTownship(long campaignId, long townshipId) {
        UserAccount me = org.currentUser();
        Campaign campaign = find(campaignId);
        AccessPolicy.requireCountyAdmin(me, campaign.getCountyId(), "campaign.error.notCountyAdmin");
        TownshipInfo township = org.township(townshipId);
        if (township.countyId() != campaign.getCountyId()) {
            throw FlowException.forbidden("campaign.error.foreignTownship");
        }
        if (entries.findByCampaignIdAndTownshipId(campaignId, townshipId).isPresent()) {
            throw FlowException.conflict("campaign.error.townshipAlreadyIn", township.name());
        }
        if (!isOpen(campaign)) {
            throw FlowException.conflict("campaign.error.closed");
        }
        long reportId = join(campaign, township);
        workflow.addToCampaign(campaign.getProcessInstanceId(), reportId);
    }

    /** The townships of the campaign's county that are not in it (for adding one). */
    @Transactional(readOnly = true)
    public List<TownshipInfo> townshipsNotIn(long campaignId) {
        Campaign campaign = readable(campaignId);
        List<Long> in = entries.findByCampaignIdOrderByTownshipIdAsc(campaignId).stream()
                .map(CampaignReport::getTownshipId)
                .toList();
        return org.activeTownshipsOfCounty(campaign.getCountyId()).stream()
                .filter(t -> !in.contains(t.id()))
                .toList();
    }

    /**
     * Urges every township that is overdue and still has not submitted. Those urged too recently, or with nothing
     * to urge, are skipped and counted.
     */
    public UrgeOutcome urgeOverdue(long campaignId, String message) {
        int urged = 0;
        int skipped = 0;
        for (BoardRow row : board(campaignId)) {
            if (!row.overdue() || row.submitted()) {
                continue;
            }
            try {
                notifications.urge(row.reportId(), message);
                urged++;
            } catch (FlowException e) {
                if (e.kind() == FlowException.Kind.FORBIDDEN) {
                    throw e;
                }
                skipped++;
            }
        }
        return new UrgeOutcome(urged, skipped);
    }

    private long join(Campaign campaign, TownshipInfo township) {
        Optional<ReportSummary> existing = reports.list().stream()
                .filter(r -> r.townshipId() == township.id() && r.year() == campaign.getYear())
                .findFirst();
        long reportId = existing.map(ReportSummary::id)
                .orElseGet(() -> review.open(
                        township.id(),
                        campaign.getYear(),
                        new ReportContent(
                                messages.get(
                                        Messages.CHINESE, "campaign.reportTitle", township.name(), campaign.getYear()),
                                "",
                                List.of(),
                                null)));
        if (entries.findByReportId(reportId).isPresent()) {
            throw FlowException.conflict("campaign.error.reportInOtherCampaign", township.name());
        }
        entries.save(
                new CampaignReport(campaign.getId(), township.id(), reportId, existing.isPresent(), clock.instant()));
        ReportDetails report = reports.get(reportId);
        workflow.setDeadlines(
                report.processInstanceId(),
                report.version() == 0 ? campaign.getSubmissionDue() : null,
                campaign.getLegalReviewDays(),
                campaign.getCountyReviewDays());
        return reportId;
    }

    private BoardRow row(Campaign campaign, CampaignReport entry, ReportDetails report, WorkItem task) {
        String assignee = task == null ? null : task.assignee();
        List<HistoryEntry> history = audit.history(report.id());
        int returns = (int)
                history.stream().filter(h -> h.action() == AuditAction.RETURNED).count();
        Instant lastActivity = Stream.concat(history.stream().map(HistoryEntry::at), Stream.of(report.draftSavedAt()))
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
        Instant submittedAt = report.versions().stream()
                .map(VersionInfo::submittedAt)
                .max(Comparator.naturalOrder())
                .orElse(null);
        boolean submitted = report.version() > 0;
        Long daysLeft = submitted ? null : Deadline.daysLeft(campaign.getSubmissionDue(), clock.instant());
        return new BoardRow(
                entry.getTownshipId(),
                report.township(),
                report.id(),
                report.status(),
                task != null ? task.step() : report.step(),
                assignee,
                assignee == null
                        ? null
                        : org.findUser(assignee).map(UserAccount::displayName).orElse(assignee),
                submittedAt,
                campaign.getSubmissionDue(),
                daysLeft,
                entry.isOverdue(),
                returns,
                lastActivity);
    }

    private CampaignSummary summary(Campaign c) {
        return new CampaignSummary(
                c.getId(),
                c.getCountyId(),
                org.townshipsOfCounty(c.getCountyId()).stream()
                        .findFirst()
                        .map(TownshipInfo::countyName)
                        .orElse(""),
                c.getYear(),
                c.getSubmissionDue(),
                c.getLegalReviewDays(),
                c.getCountyReviewDays(),
                c.getPublicationDue(),
                c.getOpenedBy(),
                c.getOpenedAt(),
                entries.findByCampaignIdOrderByTownshipIdAsc(c.getId()).size(),
                isOpen(c));
    }

    private boolean isOpen(Campaign c) {
        return workflow.running(c.getProcessInstanceId());
    }

    private UserAccount requireBoardRole() {
        UserAccount me = org.currentUser();
        AccessPolicy.requireCountyStaff(me, "campaign.error.noBoardAccess");
        return me;
    }

    private Campaign readable(long campaignId) {
        UserAccount me = requireBoardRole();
        Campaign campaign = find(campaignId);
        AccessPolicy.requireMaySeeBoard(me, campaign.getCountyId(), "campaign.error.noBoardAccess");
        return campaign;
    }

    private Campaign find(long campaignId) {
        return campaigns
                .findById(campaignId)
                .orElseThrow(() -> FlowException.notFound("campaign.error.notFound", campaignId));
    }

    private static int reviewDays(Integer days) {
        if (days == null || days < MIN_REVIEW_DAYS || days > MAX_REVIEW_DAYS) {
            throw FlowException.invalid("campaign.error.reviewDays", MIN_REVIEW_DAYS, MAX_REVIEW_DAYS);
        }
        return days;
    }

    private LocalDate today() {
        return clock.instant().atZone(clock.getZone()).toLocalDate();
    }
}
