package cn.fazhi.flow.desk;

import cn.fazhi.flow.audit.AuditService;
import cn.fazhi.flow.audit.ui.HistoryGrid;
import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.base.Times;
import cn.fazhi.flow.check.CheckService;
import cn.fazhi.flow.check.ReportFinding;
import cn.fazhi.flow.check.ui.FindingsPanel;
import cn.fazhi.flow.document.DocumentService;
import cn.fazhi.flow.document.ui.VersionDownloads;
import cn.fazhi.flow.notify.NotificationService;
import cn.fazhi.flow.notify.ui.UrgeDialog;
import cn.fazhi.flow.org.AccessPolicy;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.UserAccount;
import cn.fazhi.flow.publish.ui.PublishAction;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportDetails;
import cn.fazhi.flow.report.ReportPages;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ReportStatus;
import cn.fazhi.flow.report.ui.ReportText;
import cn.fazhi.flow.report.ui.VersionsPanel;
import cn.fazhi.flow.review.CommentService;
import cn.fazhi.flow.review.Position;
import cn.fazhi.flow.review.ReviewService;
import cn.fazhi.flow.review.ui.CommentsPanel;
import cn.fazhi.flow.review.ui.DeadlineLine;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The page of one report for everyone who may see it: where it stands and who holds it, what the user may do with it
 * now, its history, its submitted versions and every comment on it.
 */
@Route(ReportPages.REPORT)
@RolesAllowed({"DRAFTER", "TOWNSHIP_LEAD", "LEGAL_ADVISOR", "COUNTY_REVIEWER", "ADMIN"})
public class ReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String REPORT_ID = ReportPages.REPORT_ID;

    private static final Set<ReportStatus> IN_REVIEW =
            Set.of(ReportStatus.TOWNSHIP_REVIEW, ReportStatus.LEGAL_REVIEW, ReportStatus.COUNTY_REVIEW);

    private final ReportService reports;
    private final CheckService checks;
    private final ReviewService review;
    private final CommentService comments;
    private final AuditService audit;
    private final OrgService org;
    private final DocumentService documents;
    private final NotificationService notifications;
    private final ZoneId zone;

    private long reportId;
    private ReportDetails report;
    private final Map<String, String> names = new HashMap<>();

    public ReportView(
            ReportService reports,
            ReviewService review,
            CommentService comments,
            AuditService audit,
            OrgService org,
            CheckService checks,
            DocumentService documents,
            NotificationService notifications,
            Clock clock) {
        this.documents = documents;
        this.reports = reports;
        this.checks = checks;
        this.review = review;
        this.comments = comments;
        this.audit = audit;
        this.org = org;
        this.notifications = notifications;
        this.zone = clock.getZone();
        addClassName("report-view");
        setMaxWidth("1200px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reportId = event.getRouteParameters()
                .getLong(REPORT_ID)
                .orElseThrow(() -> FlowException.notFound("error.reportNotFound", ""));
        load();
    }

    @Override
    public String getPageTitle() {
        if (report == null) {
            return getTranslation("report.title");
        }
        return getTranslation("report.pageTitle", report.township(), String.valueOf(report.year()));
    }

    private void load() {
        report = reports.get(reportId);
        Position position = review.position(reportId);
        removeAll();

        H2 heading = new H2(getTranslation("report.heading", report.township(), String.valueOf(report.year())));
        add(heading, facts(position), actions(position));
        review.deadline(reportId)
                .map(DeadlineLine::task)
                .ifPresent(line -> addComponentAtIndex(indexOf(heading) + 1, line));
        add(currentText());

        add(findings());
        add(
                new H3(getTranslation("report.versions")),
                new VersionsPanel(
                        reports, reportId, report.versions(), review.withdrawnVersions(reportId), this::nameOf, zone));
        add(new VersionDownloads(documents, reportId, report.versions()));
        add(
                new H3(getTranslation("report.timeline")),
                new HistoryGrid(
                        audit,
                        reportId,
                        this::nameOf,
                        this::stepName,
                        rule -> checks.ruleName(rule, getLocale()),
                        zone));
        ReportContent shown = report.version() > 0 ? reports.version(reportId, report.version()) : report.content();
        add(new H3(getTranslation("report.comments")), new CommentsPanel(comments, reportId, shown, zone, this::load));
    }

    private Component facts(Position position) {
        FormLayout facts = new FormLayout();
        facts.setId("report-facts");
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        facts.addFormItem(value("report-township", report.township()), getTranslation("report.township"));
        facts.addFormItem(value("report-year", String.valueOf(report.year())), getTranslation("report.year"));
        facts.addFormItem(
                value(
                        "report-status",
                        getTranslation("status." + report.status().name())),
                getTranslation("report.status"));
        String step = position.step() != null ? position.step() : report.step();
        facts.addFormItem(value("report-step", stepName(step)), getTranslation("report.step"));
        String holder;
        if (position.taskId() == null) {
            holder = getTranslation("report.none");
        } else if (position.assignee() == null) {
            holder = getTranslation("report.pool");
        } else {
            holder = nameOf(position.assignee());
        }
        if (position.since() != null) {
            holder = getTranslation("report.since", holder, Times.dateTime(position.since(), getLocale(), zone));
        }
        facts.addFormItem(value("report-holder", holder), getTranslation("report.holder"));
        String title = report.content().title();
        if (!title.isBlank()) {
            facts.addFormItem(value("report-title", title), getTranslation("report.reportTitle"));
        }
        return facts;
    }

    private static Span value(String id, String text) {
        Span span = new Span(text);
        span.setId(id);
        return span;
    }

    private Component actions(Position position) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("report-actions");
        UserAccount me = org.currentUser();
        boolean drafter = AccessPolicy.mayDraft(me, report.townshipId());
        if (drafter && report.status().editable()) {
            Button edit = new Button(getTranslation("report.edit"), e -> getUI().ifPresent(
                            ui -> ui.navigate(ReportEditorView.class, ReviewView.parameters(reportId))));
            edit.setId("report-edit");
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(edit);
        }
        if (drafter && IN_REVIEW.contains(report.status())) {
            Button withdraw = new Button(getTranslation("report.withdraw"), e -> withdraw());
            withdraw.setId("report-withdraw");
            actions.add(withdraw);
        }
        if (TasksView.isReview(position.step()) && review.canAct(reportId)) {
            Button act = new Button(getTranslation("report.review"), e -> getUI().ifPresent(
                            ui -> ui.navigate(ReviewView.class, ReviewView.parameters(reportId))));
            act.setId("report-review");
            act.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(act);
        }
        if (position.taskId() != null && AccessPolicy.isCountyStaff(me) && notifications.mayUrge(reportId)) {
            Button urge = new Button(getTranslation("notify.urge"), VaadinIcon.ALARM.create(), e -> new UrgeDialog(
                            notifications, reportId, this::load)
                    .open());
            urge.setId("report-urge");
            actions.add(urge);
        }
        actions.add(PublishAction.forReport(reportId, this::load));
        return actions;
    }

    private void withdraw() {
        try {
            review.withdraw(reportId);
        } catch (FlowException e) {
            Notification n = Notification.show(getTranslation(e.messageKey(), e.args()));
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            load();
            return;
        }
        Notification.show(getTranslation("report.withdrawn"));
        load();
    }

    /**
     * The pre-check of the text the report stands on: the working copy while the drafter may edit it, else the last
     * submitted version. Collapsed; its summary says how many findings of each severity there are.
     */
    private Component findings() {
        boolean draft = report.status().editable() || report.version() == 0;
        List<ReportFinding> found =
                draft ? checks.findings(reportId) : checks.versionFindings(reportId, report.version());
        FindingsPanel panel = new FindingsPanel(checks, false, null, null, null);
        panel.show(found);
        Details details = new Details(
                draft ? getTranslation("report.check.draft") : getTranslation("review.check.title", report.version()),
                panel);
        details.setId("report-findings");
        details.setWidthFull();
        return details;
    }

    /**
     * The report's whole text as it stands, read-only: the drafter's working copy while it is being written, else the
     * text submitted last. This is where a TOWNSHIP_LEAD reads their township's report, whether or not the county asks
     * for their sign-off (open for them; collapsed for the others, who have the editor and the review page).
     */
    private Component currentText() {
        UserAccount me = org.currentUser();
        boolean draft = report.status().editable() || report.version() == 0;
        Paragraph note = new Paragraph(
                draft
                        ? getTranslation("report.text.draft")
                        : getTranslation("report.text.submitted", report.version()));
        note.setId("report-text-note");
        note.addClassName("report-text-note");
        ReportText body = new ReportText(report.content());
        body.setId("report-text-body");
        Details details = new Details(getTranslation("report.text"), new Div(note, body));
        details.setId("report-text");
        details.setWidthFull();
        details.setOpened(AccessPolicy.isLeadOf(me, report.townshipId()));
        return details;
    }

    private String stepName(String step) {
        return step == null || step.isBlank() ? getTranslation("report.none") : getTranslation("step." + step);
    }

    /** A user's display name, or their username if they are unknown. */
    private String nameOf(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return names.computeIfAbsent(
                username, u -> org.findUser(u).map(UserAccount::displayName).orElse(u));
    }
}
