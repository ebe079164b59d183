package cn.fazhi.flow.desk;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.base.Times;
import cn.fazhi.flow.check.CheckService;
import cn.fazhi.flow.check.Finding;
import cn.fazhi.flow.check.ReportFinding;
import cn.fazhi.flow.check.ui.FindingsPanel;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.UserAccount;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportDetails;
import cn.fazhi.flow.report.ReportPages;
import cn.fazhi.flow.report.ReportPart;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ui.VersionDiffPanel;
import cn.fazhi.flow.review.CommentService;
import cn.fazhi.flow.review.CommentView;
import cn.fazhi.flow.review.Position;
import cn.fazhi.flow.review.ReviewService;
import cn.fazhi.flow.review.ui.CommentDialog;
import cn.fazhi.flow.review.ui.DecisionBar;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A reviewer's page for one report: the decision (claim, approve, return with a comment), what changed since the
 * version compared with (shown first on a re-review), the pre-check's findings on the version shown (with the reasons
 * the drafter gave for those marked not applicable), then that version's parts and numbered paragraphs with every
 * comment, earlier rounds' with their replies, beside the paragraphs they are about. A user who may not act on the
 * report now reads it without the actions.
 */
@Route(ReportPages.REVIEW)
@RolesAllowed({"TOWNSHIP_LEAD", "LEGAL_ADVISOR", "COUNTY_REVIEWER"})
public class ReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String REPORT_ID = ReportPages.REPORT_ID;

    private final ReportService reports;
    private final ReviewService review;
    private final CommentService comments;
    private final CheckService checks;
    private final OrgService org;
    private final String username;
    private final ZoneId zone;

    private long reportId;
    private ReportDetails report;
    private Position position;
    private boolean actionable;
    private ReportContent shown;
    /** The reviewer's choice to see the comparison or not, kept while the page reloads; null until they choose. */
    private Boolean diffChoice;

    public ReviewView(
            ReportService reports,
            ReviewService review,
            CommentService comments,
            CheckService checks,
            OrgService org,
            Clock clock) {
        this.reports = reports;
        this.review = review;
        this.comments = comments;
        this.checks = checks;
        this.org = org;
        this.username = org.currentUser().username();
        this.zone = clock.getZone();
        addClassName("review-view");
        setWidthFull();
    }

    /** The route parameters of a report's pages: the review page, the report page and the editor share them. */
    public static RouteParameters parameters(long reportId) {
        return new RouteParameters(REPORT_ID, String.valueOf(reportId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong(REPORT_ID);
        if (id.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        reportId = id.get();
        diffChoice = null;
        load();
    }

    @Override
    public String getPageTitle() {
        if (report == null) {
            return getTranslation("review.pageTitleEmpty");
        }
        return getTranslation("review.pageTitle", report.township(), String.valueOf(report.year()));
    }

    /** Reads the report, its position and comments again and rebuilds the page. */
    private void load() {
        removeAll();
        report = reports.get(reportId);
        position = review.position(reportId);
        actionable = TasksView.isReview(position.step()) && review.canAct(reportId);
        add(header());
        if (report.version() < 1) {
            add(notice("review.noVersion"));
            return;
        }
        shown = reports.version(reportId, report.version());
        List<CommentView> commentList = comments.list(reportId, shown);
        ReviewDocument document = actionable
                ? new ReviewDocument(shown, report.version(), commentList, zone, this::openComment, this::resolve)
                : new ReviewDocument(shown, report.version(), commentList, zone, null, null);
        add(
                actionable
                        ? new DecisionBar(
                                review,
                                position,
                                holder(),
                                report.township(),
                                report.year(),
                                this::load,
                                () -> getUI().ifPresent(ui -> ui.navigate(TasksView.class)))
                        : notice("review.readOnly"));
        int reviewed = review.lastReviewedVersion(reportId);
        boolean reReview = reviewed > 0 && reviewed < report.version();
        int previousNumber = reReview ? reviewed : report.version() - 1;
        if (previousNumber > 0) {
            add(changes(previousNumber, reReview, document));
        }
        add(findingsSection());
        add(document);
        add(wholeReportComments(document));
    }

    /**
     * What changed since version {@code previousNumber}, above the findings and the text: the version this reviewer
     * last decided on, shown at once ({@code reReview}), or the one before the latest, behind its checkbox; the earlier
     * rounds' comments stand beside their paragraphs there too.
     */
    private Component changes(int previousNumber, boolean reReview, ReviewDocument document) {
        Div comparison = new Div();
        comparison.addClassName("review-comparison");
        String label = reReview ? "diff.toggleSinceReviewed" : "diff.toggle";
        boolean on = diffChoice != null ? diffChoice : reReview;
        Checkbox toggle = new Checkbox(getTranslation(label, previousNumber, report.version()), on);
        toggle.setId("diff-toggle");
        toggle.addValueChangeListener(e -> {
            diffChoice = e.getValue();
            showComparison(comparison, e.getValue(), previousNumber, document);
        });
        showComparison(comparison, on, previousNumber, document);
        Div section = new Div(toggle, comparison);
        section.setId("review-changes");
        section.addClassName("review-changes");
        return section;
    }

    /** The comparison, with the earlier rounds' comments beside the paragraphs they stand at now. */
    private void showComparison(Div comparison, boolean on, int previousNumber, ReviewDocument document) {
        comparison.removeAll();
        if (on) {
            comparison.add(new VersionDiffPanel(
                    reports.version(reportId, previousNumber), previousNumber, shown, document::earlierCards));
        }
    }

    private Component header() {
        H2 title = new H2(getTranslation("review.heading", report.township(), String.valueOf(report.year())));
        title.addClassName("review-heading");
        List<String> facts = new ArrayList<>();
        facts.add(getTranslation(
                "review.status", getTranslation("status." + report.status().name())));
        if (position.step() != null && !actionable) {
            facts.add(getTranslation("review.step", getTranslation("step." + position.step()), holder()));
        }
        report.versions().stream()
                .filter(v -> v.number() == report.version())
                .findFirst()
                .ifPresent(v -> facts.add(getTranslation(
                        "review.versionInfo",
                        v.number(),
                        Times.dateTime(v.submittedAt(), getLocale(), zone),
                        nameOf(v.submittedBy()))));
        Span line = new Span(String.join(" · ", facts));
        line.addClassName("review-facts");
        VerticalLayout header = new VerticalLayout(title, line);
        header.setPadding(false);
        header.setSpacing(false);
        return header;
    }

    private String holder() {
        if (position.assignee() == null) {
            return getTranslation("review.holder.pool");
        }
        if (position.assignee().equals(username)) {
            return getTranslation("review.holder.me");
        }
        return getTranslation("review.holder.other", nameOf(position.assignee()));
    }

    /** A user's name as shown (their login when unknown). */
    private String nameOf(String login) {
        return org.findUser(login).map(UserAccount::displayName).orElse(login);
    }

    private Component notice(String key) {
        Div notice = new Div();
        notice.setText(getTranslation(key));
        notice.addClassName("review-notice");
        notice.setId("review-notice");
        return notice;
    }

    private Component findingsSection() {
        List<ReportFinding> found = checks.versionFindings(reportId, report.version());
        FindingsPanel panel = new FindingsPanel(checks, false, this::jumpTo, null, null);
        panel.show(found);
        Paragraph intro = new Paragraph(getTranslation("review.check.intro"));
        intro.addClassName("review-check-intro");
        Details details = new Details(getTranslation("review.check.title", report.version()), new Div(intro, panel));
        details.setId("review-findings");
        details.setOpened(!found.isEmpty());
        details.setWidthFull();
        return details;
    }

    /** Scrolls to the numbered paragraph a finding is about, when it is in a part. */
    private void jumpTo(Finding f) {
        if (f.part() == null || f.paragraph() == null || shown == null) {
            return;
        }
        for (int i = 0; i < shown.parts().size(); i++) {
            if (shown.parts().get(i).kind() == f.part()) {
                String id = "p-" + (i + 1) + "-" + f.paragraph();
                getElement()
                        .executeJs(
                                "const el = document.getElementById($0); if (el) { el.scrollIntoView({block: 'center'}); }",
                                id);
                return;
            }
        }
    }

    private Component wholeReportComments(ReviewDocument document) {
        VerticalLayout section = new VerticalLayout();
        section.setId("whole-report-comments");
        section.setPadding(false);
        HorizontalLayout top = new HorizontalLayout(new H4(getTranslation("review.comments.whole")));
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (actionable) {
            Button add = new Button(
                    getTranslation("review.comment.whole"),
                    VaadinIcon.COMMENTS_O.create(),
                    e -> CommentDialog.onWholeReport(comments, reportId, this::load)
                            .open());
            add.setId("comment-whole");
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            top.add(add);
        }
        section.add(top);
        Set<PartKind> present = shown.parts().stream().map(ReportPart::kind).collect(Collectors.toSet());
        Component whole = document.cards(c -> c.part() == null || !present.contains(c.part()));
        if (whole.getChildren().findAny().isEmpty()) {
            Span none = new Span(getTranslation("review.comments.none"));
            none.addClassName("review-comments-none");
            section.add(none);
        } else {
            section.add(whole);
        }
        return section;
    }

    private void openComment(PartKind kind, int partNo, int paragraphNo, String text) {
        CommentDialog.onParagraph(comments, reportId, kind, partNo, paragraphNo, text, this::load)
                .open();
    }

    private void resolve(CommentView c, boolean resolved) {
        try {
            comments.resolve(c.id(), resolved);
        } catch (FlowException e) {
            Notification.show(getTranslation(e.messageKey(), e.args()))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        load();
    }
}
