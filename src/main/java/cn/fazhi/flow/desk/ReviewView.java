package cn.fazhi.flow.desk;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.check.CheckService;
import cn.fazhi.flow.check.Finding;
import cn.fazhi.flow.check.ReportFinding;
import cn.fazhi.flow.check.ui.FindingsPanel;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.UserAccount;
import cn.fazhi.flow.report.Paragraphs;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportDetails;
import cn.fazhi.flow.report.ReportPages;
import cn.fazhi.flow.report.ReportPart;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.VersionDiff;
import cn.fazhi.flow.report.VersionDiff.Change;
import cn.fazhi.flow.report.VersionDiff.ParagraphChange;
import cn.fazhi.flow.report.VersionDiff.PartDiff;
import cn.fazhi.flow.report.VersionDiff.Segment;
import cn.fazhi.flow.report.VersionInfo;
import cn.fazhi.flow.review.CommentService;
import cn.fazhi.flow.review.CommentView;
import cn.fazhi.flow.review.Decision;
import cn.fazhi.flow.review.NewComment;
import cn.fazhi.flow.review.Position;
import cn.fazhi.flow.review.ReviewService;
import cn.fazhi.flow.workflow.ReportReviewProcess;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A reviewer's page for one report: the latest submitted version with its parts and numbered paragraphs, the comments
 * beside the paragraphs they are about, what changed since the previous version, and the decision (claim, approve,
 * return with a comment). A user who may not act on the report now reads it without the actions. The pre-check's
 * findings on the version shown stand above the text, with the reasons the drafter gave for those marked not applicable.
 */
@Route(ReportPages.REVIEW)
@RolesAllowed({"TOWNSHIP_LEAD", "LEGAL_ADVISOR", "COUNTY_REVIEWER"})
public class ReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String REPORT_ID = ReportPages.REPORT_ID;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReportService reports;
    private final ReviewService review;
    private final CommentService comments;
    private final CheckService checks;
    private final OrgService org;
    private final String username;
    private final ZoneId zone;

    private final Div document = new Div();

    private long reportId;
    private ReportDetails report;
    private Position position;
    private boolean actionable;
    private ReportContent shown;
    private ReportContent previous;
    private int previousNumber;
    private List<CommentView> commentList = List.of();
    private boolean diffShown;

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
        document.addClassName("review-document");
        document.setWidthFull();
    }

    /** The route parameters of a report's review page. */
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
        diffShown = false;
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
        previousNumber = comparedVersion();
        previous = previousNumber > 0 ? reports.version(reportId, previousNumber) : null;
        commentList = comments.list(reportId, shown);
        add(actionable ? decisionBar() : notice("review.readOnly"));
        add(findingsSection());
        if (previous != null) {
            String toggle = previousNumber == report.version() - 1 ? "diff.toggle" : "diff.toggleSinceReviewed";
            Checkbox diff = new Checkbox(getTranslation(toggle, previousNumber, report.version()), diffShown);
            diff.setId("diff-toggle");
            diff.addValueChangeListener(e -> {
                diffShown = e.getValue();
                renderDocument();
            });
            add(diff);
        }
        add(document);
        renderDocument();
        add(wholeReportComments());
    }

    /**
     * The version the comparison starts from: the one this reviewer last decided on, when there is a newer one since,
     * otherwise the one before the latest; 0 when there is none.
     */
    private int comparedVersion() {
        int reviewed = review.lastReviewedVersion(reportId);
        if (reviewed > 0 && reviewed < report.version()) {
            return reviewed;
        }
        return report.version() - 1;
    }

    // --- header, notice, decision bar -------------------------------------------------------------------------

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
                .ifPresent(v -> facts.add(versionLine(v)));
        Span line = new Span(String.join(" · ", facts));
        line.addClassName("review-facts");
        line.getStyle().set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout header = new VerticalLayout(title, line);
        header.setPadding(false);
        header.setSpacing(false);
        return header;
    }

    private String versionLine(VersionInfo v) {
        return getTranslation("review.versionInfo", v.number(), when(v.submittedAt()), nameOf(v.submittedBy()));
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
        notice.getStyle()
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("background", "var(--lumo-contrast-5pct)")
                .set("color", "var(--lumo-secondary-text-color)");
        return notice;
    }

    private Component decisionBar() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("decision-bar");
        bar.addClassName("decision-bar");
        bar.setWidthFull();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.getStyle()
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set(
                        "background",
                        "linear-gradient(var(--lumo-primary-color-10pct), var(--lumo-primary-color-10pct)),"
                                + " var(--lumo-base-color)")
                .set("box-shadow", "var(--lumo-box-shadow-xs)")
                .set("position", "sticky")
                .set("top", "0")
                .set("z-index", "1");
        Span what = new Span(getTranslation("review.step", getTranslation("step." + position.step()), holder()));
        bar.add(what);
        bar.setFlexGrow(1, what);
        if (position.assignee() == null) {
            Button claim = new Button(getTranslation("review.claim"), VaadinIcon.HANDS_UP.create(), e -> claim());
            claim.setId("review-claim");
            bar.add(claim);
        }
        Button approve = new Button(getTranslation("review.approve"), VaadinIcon.CHECK.create(), e -> openApprove());
        approve.setId("review-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button giveBack =
                new Button(getTranslation("review.return"), VaadinIcon.ARROW_BACKWARD.create(), e -> openReturn());
        giveBack.setId("review-return");
        giveBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
        bar.add(approve, giveBack);
        return bar;
    }

    private void claim() {
        try {
            review.claim(position.taskId());
            Notification.show(getTranslation("review.claimed")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (FlowException e) {
            failed(e);
        }
        load();
    }

    private void openApprove() {
        Dialog dialog = new Dialog(getTranslation("review.approve.title"));
        dialog.setId("approve-dialog");
        TextArea comment = new TextArea(getTranslation("review.approve.comment"));
        comment.setId("approve-comment");
        comment.setWidthFull();
        comment.setMinHeight("8em");
        dialog.add(comment);
        Button confirm = new Button(getTranslation("review.approve.confirm"), e -> {
            if (decide(dialog, comment, Decision.APPROVE, false)) {
                done("review.approved");
            }
        });
        confirm.setId("approve-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        dialog.getFooter().add(cancel(dialog), confirm);
        dialog.setWidth("min(40em, 95vw)");
        dialog.open();
    }

    private void openReturn() {
        Dialog dialog = new Dialog(getTranslation("review.return.title"));
        dialog.setId("return-dialog");
        TextArea comment = new TextArea(getTranslation("review.return.comment"));
        comment.setId("return-comment");
        comment.setRequired(true);
        comment.setWidthFull();
        comment.setMinHeight("10em");
        comment.setHelperText(getTranslation("review.return.help"));
        dialog.add(comment);
        Checkbox reReview = new Checkbox(getTranslation("review.return.legalReReview"));
        reReview.setId("return-legal-rereview");
        if (ReportReviewProcess.TASK_COUNTY_REVIEW.equals(position.step())) {
            dialog.add(reReview);
        }
        Button confirm = new Button(getTranslation("review.return.confirm"), e -> {
            if (comment.getValue().isBlank()) {
                comment.setErrorMessage(getTranslation("review.return.commentRequired"));
                comment.setInvalid(true);
                return;
            }
            if (decide(dialog, comment, Decision.RETURN, reReview.getValue())) {
                done("review.returned");
            }
        });
        confirm.setId("return-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(cancel(dialog), confirm);
        dialog.setWidth("min(40em, 95vw)");
        dialog.open();
    }

    /**
     * Sends the decision. A refused comment stays in the dialog with its message; a task that has gone meanwhile closes
     * the dialog and reloads the page with the message.
     */
    private boolean decide(Dialog dialog, TextArea comment, Decision decision, boolean legalReReview) {
        try {
            review.decide(position.taskId(), decision, comment.getValue(), legalReReview);
            dialog.close();
            return true;
        } catch (FlowException e) {
            if (e.kind() == FlowException.Kind.INVALID) {
                comment.setErrorMessage(getTranslation(e.messageKey(), e.args()));
                comment.setInvalid(true);
            } else {
                dialog.close();
                failed(e);
                load();
            }
            return false;
        }
    }

    private void done(String key) {
        Notification.show(getTranslation(key, report.township(), String.valueOf(report.year())))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(TasksView.class));
    }

    private Button cancel(Dialog dialog) {
        Button cancel = new Button(getTranslation("review.cancel"), e -> dialog.close());
        cancel.setId("dialog-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return cancel;
    }

    private void failed(FlowException e) {
        Notification.show(getTranslation(e.messageKey(), e.args())).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    // --- the pre-check of the version shown ---------------------------------------------------------------------

    private Component findingsSection() {
        List<ReportFinding> found = checks.versionFindings(reportId, report.version());
        FindingsPanel panel = new FindingsPanel(checks, false, this::jumpTo, null, null);
        panel.show(found);
        Paragraph intro = new Paragraph(getTranslation("review.check.intro"));
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
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

    // --- the text with its comments -------------------------------------------------------------------------------

    private void renderDocument() {
        document.removeAll();
        if (diffShown && previous != null) {
            renderDiff();
        } else {
            renderText();
        }
    }

    private void renderText() {
        H3 title = new H3(shown.title());
        title.addClassName("report-title");
        title.getStyle().set("text-align", "center");
        document.add(title);
        for (String line : Paragraphs.of(shown.opening())) {
            document.add(bodyText(line));
        }
        int partNo = 0;
        for (ReportPart part : shown.parts()) {
            partNo++;
            document.add(partHeading(part.heading(), part.kind()));
            List<String> paragraphs = Paragraphs.of(part.body());
            for (int i = 0; i < paragraphs.size(); i++) {
                document.add(paragraphRow(part.kind(), partNo, i + 1, paragraphs.get(i)));
            }
            List<CommentView> moved = roots(c -> c.part() == part.kind() && c.anchor() == null);
            if (!moved.isEmpty()) {
                Details details =
                        new Details(getTranslation("review.comments.textChanged", moved.size()), cards(moved));
                details.addClassName("moved-comments");
                document.add(details);
            }
        }
        document.add(closing());
    }

    private Component partHeading(String heading, PartKind kind) {
        H4 h = new H4(heading.isBlank() ? getTranslation("part." + kind.name()) : heading);
        h.addClassName("part-heading");
        return h;
    }

    private Component closing() {
        Div closing = new Div();
        closing.addClassName("report-closing");
        closing.getStyle().set("text-align", "right").set("margin-top", "var(--lumo-space-l)");
        closing.add(new Div(shown.closing().office()), new Div(shown.closing().date()));
        return closing;
    }

    private static Paragraph bodyText(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("report-paragraph");
        p.getStyle().set("text-indent", "2em").set("line-height", "1.8").set("margin", "var(--lumo-space-xs) 0");
        return p;
    }

    /** A paragraph with its number, its comment action and, beside it, the comments on it. */
    private Component paragraphRow(PartKind kind, int partNo, int paragraphNo, String text) {
        Div row = new Div();
        row.addClassName("review-paragraph");
        row.setId("p-" + partNo + "-" + paragraphNo);
        row.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "3.5em minmax(0, 3fr) minmax(14em, 2fr)")
                .set("gap", "var(--lumo-space-m)")
                .set("align-items", "start")
                .set("padding", "var(--lumo-space-xs) 0")
                .set("border-bottom", "1px solid var(--lumo-contrast-5pct)");

        Span number = badge(partNo + "." + paragraphNo);
        number.addClassName("paragraph-no");

        Div body = new Div(bodyText(text));
        body.addClassName("paragraph-body");

        Div beside = new Div();
        beside.addClassName("paragraph-comments");
        if (actionable) {
            Button comment = new Button(
                    getTranslation("review.comment.action"),
                    VaadinIcon.COMMENT_O.create(),
                    e -> openComment(kind, partNo, paragraphNo, text));
            comment.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            comment.addClassName("comment-paragraph");
            beside.add(comment);
        }
        beside.add(cards(
                roots(c -> c.part() == kind && Integer.valueOf(paragraphNo).equals(c.anchor()))));
        row.add(number, body, beside);
        return row;
    }

    private Component wholeReportComments() {
        VerticalLayout section = new VerticalLayout();
        section.setId("whole-report-comments");
        section.setPadding(false);
        H4 heading = new H4(getTranslation("review.comments.whole"));
        HorizontalLayout top = new HorizontalLayout(heading);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (actionable) {
            Button add = new Button(
                    getTranslation("review.comment.whole"), VaadinIcon.COMMENTS_O.create(), e -> openComment());
            add.setId("comment-whole");
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            top.add(add);
        }
        section.add(top);
        Set<PartKind> present = shown.parts().stream().map(ReportPart::kind).collect(Collectors.toSet());
        List<CommentView> whole = roots(c -> c.part() == null || !present.contains(c.part()));
        if (whole.isEmpty()) {
            Span none = new Span(getTranslation("review.comments.none"));
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            section.add(none);
        } else {
            section.add(cards(whole));
        }
        return section;
    }

    private List<CommentView> roots(java.util.function.Predicate<CommentView> which) {
        Set<Long> ids = commentList.stream().map(CommentView::id).collect(Collectors.toSet());
        return commentList.stream()
                .filter(c -> c.replyTo() == null || !ids.contains(c.replyTo()))
                .filter(which)
                .toList();
    }

    private Div cards(List<CommentView> roots) {
        Map<Long, List<CommentView>> replies = new LinkedHashMap<>();
        commentList.stream().filter(c -> c.replyTo() != null).forEach(c -> replies.computeIfAbsent(
                        c.replyTo(), k -> new ArrayList<>())
                .add(c));
        Div cards = new Div();
        cards.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        for (CommentView c : roots) {
            cards.add(card(c, replies.getOrDefault(c.id(), List.of())));
        }
        return cards;
    }

    private Component card(CommentView c, List<CommentView> replies) {
        Div card = new Div();
        card.addClassName("review-comment");
        card.addClassName(c.resolved() ? "comment-resolved" : "comment-open");
        card.getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set(
                        "border-left",
                        "4px solid " + (c.resolved() ? "var(--lumo-success-color)" : "var(--lumo-primary-color)"))
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("background", c.resolved() ? "var(--lumo-contrast-5pct)" : "var(--lumo-base-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        card.add(meta(c));
        if (c.part() != null && c.anchor() == null) {
            Div moved = new Div(getTranslation("review.comment.textChanged", c.paragraph()));
            moved.getStyle().set("color", "var(--lumo-error-text-color)");
            card.add(moved);
        }
        if (c.quote() != null && !c.quote().isBlank()) {
            Div quote = new Div(getTranslation("review.comment.quote", c.quote()));
            quote.addClassName("comment-quote");
            card.add(quote);
        }
        Div text = new Div(c.text());
        text.addClassName("comment-text");
        text.getStyle().set("white-space", "pre-wrap").set("margin", "var(--lumo-space-xs) 0");
        card.add(text);
        for (CommentView reply : replies) {
            Div r = new Div(meta(reply), new Div(reply.text()));
            r.addClassName("comment-reply");
            r.getStyle()
                    .set("border-left", "3px solid var(--lumo-contrast-20pct)")
                    .set("padding-left", "var(--lumo-space-s)")
                    .set("margin-top", "var(--lumo-space-xs)")
                    .set("white-space", "pre-wrap");
            card.add(r);
        }
        HorizontalLayout foot = new HorizontalLayout();
        foot.setSpacing(true);
        foot.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (c.resolved()) {
            Span resolved = new Span(getTranslation("review.comment.resolved"));
            resolved.getStyle().set("color", "var(--lumo-success-text-color)");
            foot.add(resolved);
        }
        if (actionable) {
            Button toggle = new Button(
                    getTranslation(c.resolved() ? "review.comment.reopen" : "review.comment.resolve"),
                    e -> resolve(c, !c.resolved()));
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            toggle.addClassName(c.resolved() ? "comment-reopen" : "comment-resolve");
            foot.add(toggle);
        }
        if (foot.getComponentCount() > 0) {
            card.add(foot);
        }
        return card;
    }

    private Component meta(CommentView c) {
        String who = c.role() == null
                ? c.authorName()
                : getTranslation(
                        "review.comment.by",
                        c.authorName(),
                        getTranslation("role." + c.role().name()));
        List<String> bits = new ArrayList<>();
        bits.add(who);
        if (c.step() != null && !c.step().isBlank()) {
            bits.add(getTranslation("step." + c.step()));
        }
        bits.add(getTranslation("review.comment.version", c.version()));
        bits.add(when(c.createdAt()));
        Div meta = new Div(String.join(" · ", bits));
        meta.addClassName("comment-meta");
        meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-xs)");
        return meta;
    }

    private void resolve(CommentView c, boolean resolved) {
        try {
            comments.resolve(c.id(), resolved);
        } catch (FlowException e) {
            failed(e);
        }
        load();
    }

    /** The comment dialog for a paragraph: its text quoted (which the reviewer may narrow) and the comment. */
    private void openComment(PartKind kind, int partNo, int paragraphNo, String paragraph) {
        Dialog dialog = new Dialog(getTranslation("review.comment.title", partNo + "." + paragraphNo));
        dialog.setId("comment-dialog");
        TextArea quote = new TextArea(getTranslation("review.comment.quote.label"));
        quote.setId("comment-quote");
        quote.setValue(paragraph);
        quote.setHelperText(getTranslation("review.comment.quote.help"));
        quote.setWidthFull();
        quote.setMaxHeight("12em");
        TextArea text = commentField();
        dialog.add(quote, text);
        Button save = new Button(getTranslation("review.comment.save"), e -> {
            String q = quote.getValue().strip();
            if (!q.isEmpty() && !paragraph.contains(q)) {
                quote.setErrorMessage(getTranslation("review.comment.quote.notInParagraph"));
                quote.setInvalid(true);
                return;
            }
            quote.setInvalid(false);
            saveComment(dialog, text, new NewComment(kind, paragraphNo, q, text.getValue(), null));
        });
        save.setId("comment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel(dialog), save);
        dialog.setWidth("min(44em, 95vw)");
        dialog.open();
    }

    /** The comment dialog for the whole report. */
    private void openComment() {
        Dialog dialog = new Dialog(getTranslation("review.comment.wholeTitle"));
        dialog.setId("comment-dialog");
        TextArea text = commentField();
        dialog.add(text);
        Button save = new Button(
                getTranslation("review.comment.save"),
                e -> saveComment(dialog, text, new NewComment(null, null, null, text.getValue(), null)));
        save.setId("comment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel(dialog), save);
        dialog.setWidth("min(44em, 95vw)");
        dialog.open();
    }

    private TextArea commentField() {
        TextArea text = new TextArea(getTranslation("review.comment.text"));
        text.setId("comment-text");
        text.setRequired(true);
        text.setWidthFull();
        text.setMinHeight("8em");
        return text;
    }

    private void saveComment(Dialog dialog, TextArea text, NewComment comment) {
        if (text.getValue().isBlank()) {
            text.setErrorMessage(getTranslation("review.comment.required"));
            text.setInvalid(true);
            return;
        }
        try {
            comments.add(reportId, comment);
        } catch (FlowException e) {
            text.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            text.setInvalid(true);
            return;
        }
        dialog.close();
        Notification.show(getTranslation("review.comment.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        load();
    }

    // --- the comparison with the previous version --------------------------------------------------------------

    private void renderDiff() {
        VersionDiff.Result diff = VersionDiff.compare(previous, shown);
        List<ParagraphChange> all = new ArrayList<>(diff.opening());
        diff.parts().forEach(p -> all.addAll(p.paragraphs()));
        Map<Change, Long> counts = new EnumMap<>(Change.class);
        all.stream().filter(p -> p.move() == null).forEach(p -> counts.merge(p.change(), 1L, Long::sum));
        long moves = diff.moves();
        Paragraph summary = new Paragraph(
                diff.changed()
                        ? getTranslation(
                                moves > 0 ? "diff.summaryWithMoves" : "diff.summary",
                                previousNumber,
                                counts.getOrDefault(Change.CHANGED, 0L),
                                counts.getOrDefault(Change.ADDED, 0L),
                                counts.getOrDefault(Change.REMOVED, 0L),
                                moves)
                        : getTranslation("diff.noChanges", previousNumber));
        summary.setId("diff-summary");
        summary.getStyle().set("font-weight", "600");
        document.add(summary);

        if (diff.title().change() != Change.UNCHANGED) {
            document.add(labelled("diff.title", segments(diff.title().segments())));
        }
        if (diff.opening().stream().anyMatch(p -> p.change() != Change.UNCHANGED)) {
            document.add(new H4(getTranslation("diff.opening")));
            diff.opening().forEach(p -> document.add(diffRow(null, p)));
        }
        Map<PartKind, Integer> partNumbers = partNumbers(shown);
        previousPartNumbers = partNumbers(previous);
        currentPartNumbers = partNumbers;
        for (PartDiff part : diff.parts()) {
            document.add(diffPart(part, partNumbers.get(part.kind())));
        }
        if (diff.closing().change() != Change.UNCHANGED) {
            document.add(labelled("diff.closing", segments(diff.closing().segments())));
        }
    }

    private Map<PartKind, Integer> previousPartNumbers = Map.of();
    private Map<PartKind, Integer> currentPartNumbers = Map.of();

    private static Map<PartKind, Integer> partNumbers(ReportContent text) {
        Map<PartKind, Integer> numbers = new EnumMap<>(PartKind.class);
        for (int i = 0; i < text.parts().size(); i++) {
            numbers.put(text.parts().get(i).kind(), i + 1);
        }
        return numbers;
    }

    /** Where a moved paragraph stands (now) or stood (before): "2.3", or the opening's paragraph. */
    private String place(VersionDiff.Place place, boolean before) {
        if (place.part() == null) {
            return getTranslation("diff.placeOpening", place.number());
        }
        Integer partNo = (before ? previousPartNumbers : currentPartNumbers).get(place.part());
        return partNo == null ? String.valueOf(place.number()) : partNo + "." + place.number();
    }

    private Component diffPart(PartDiff part, Integer partNo) {
        Div box = new Div();
        box.addClassName("diff-part");
        box.addClassName("diff-part-" + part.change().name().toLowerCase());
        String heading = part.heading() != null ? part.heading() : part.previousHeading();
        H4 h = new H4(heading.isBlank() ? getTranslation("part." + part.kind().name()) : heading);
        h.addClassName("part-heading");
        HorizontalLayout top = new HorizontalLayout(h);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (part.change() == Change.ADDED) {
            top.add(changeBadge("diff.partAdded", Change.ADDED));
        } else if (part.change() == Change.REMOVED) {
            top.add(changeBadge("diff.partRemoved", Change.REMOVED));
            h.getStyle().set("text-decoration", "line-through").set("color", "var(--lumo-error-text-color)");
        }
        box.add(top);
        if (part.headingChanged()) {
            Div was = new Div(getTranslation("diff.headingWas", part.previousHeading()));
            was.addClassName("diff-heading-was");
            was.getStyle().set("color", "var(--lumo-secondary-text-color)");
            box.add(was);
        }
        if (!part.changed()) {
            Div unchanged = new Div();
            part.paragraphs().forEach(p -> unchanged.add(diffRow(partNo, p)));
            Details collapsed = new Details(
                    getTranslation("diff.unchangedPart", part.paragraphs().size()), unchanged);
            collapsed.addClassName("diff-unchanged-part");
            collapsed.setOpened(false);
            box.add(collapsed);
        } else {
            addWithUnchangedRunsCollapsed(box, part.paragraphs(), partNo);
        }
        return box;
    }

    /**
     * Adds the paragraphs of a changed part; a run of unchanged paragraphs keeps one paragraph of context beside each
     * change and collapses the rest when that hides at least two.
     */
    private void addWithUnchangedRunsCollapsed(Div box, List<ParagraphChange> paragraphs, Integer partNo) {
        int i = 0;
        while (i < paragraphs.size()) {
            if (paragraphs.get(i).change() != Change.UNCHANGED) {
                box.add(diffRow(partNo, paragraphs.get(i++)));
                continue;
            }
            int end = i;
            while (end < paragraphs.size() && paragraphs.get(end).change() == Change.UNCHANGED) {
                end++;
            }
            int from = i > 0 ? i + 1 : i;
            int to = end < paragraphs.size() ? end - 1 : end;
            if (to - from < 2) {
                from = end;
                to = end;
            }
            for (int k = i; k < from; k++) {
                box.add(diffRow(partNo, paragraphs.get(k)));
            }
            if (to > from) {
                Div hidden = new Div();
                paragraphs.subList(from, to).forEach(p -> hidden.add(diffRow(partNo, p)));
                Details run = new Details(getTranslation("diff.unchangedRun", to - from), hidden);
                run.addClassName("diff-unchanged-run");
                box.add(run);
            }
            for (int k = Math.max(to, from); k < end; k++) {
                box.add(diffRow(partNo, paragraphs.get(k)));
            }
            i = end;
        }
    }

    private Component diffRow(Integer partNo, ParagraphChange p) {
        Div row = new Div();
        row.addClassName("diff-paragraph");
        row.addClassName("diff-" + p.change().name().toLowerCase());
        row.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "5em 4em minmax(0, 1fr)")
                .set("gap", "var(--lumo-space-s)")
                .set("align-items", "start")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-s)")
                .set("margin", "2px 0");
        String number;
        if (p.currentNumber() != null) {
            number = partNo == null ? String.valueOf(p.currentNumber()) : partNo + "." + p.currentNumber();
        } else {
            number = getTranslation("diff.previousNumber", p.previousNumber());
        }
        Span no = badge(number);
        no.addClassName("paragraph-no");
        if (p.move() != null) {
            return movedRow(row, badge(number), p);
        }
        Component label =
                switch (p.change()) {
                    case ADDED -> changeBadge("diff.added", Change.ADDED);
                    case REMOVED -> changeBadge("diff.removed", Change.REMOVED);
                    case CHANGED -> changeBadge("diff.changed", Change.CHANGED);
                    case UNCHANGED -> new Span();
                };
        Div text = segments(p.segments());
        text.addClassName("diff-text");
        text.getStyle().set("line-height", "1.8");
        switch (p.change()) {
            case ADDED -> row.getStyle().set("background", "var(--lumo-success-color-10pct)");
            case REMOVED -> text.getStyle()
                    .set("text-decoration", "line-through")
                    .set("color", "var(--lumo-error-text-color)");
            case CHANGED -> row.getStyle().set("background", "var(--lumo-contrast-5pct)");
            case UNCHANGED -> text.getStyle().set("color", "var(--lumo-secondary-text-color)");
        }
        row.add(no, label, text);
        return row;
    }

    /**
     * A moved paragraph: at its old place where it went (its text faded), at its new place where it came from, with
     * the edits made on the way marked. The theme styles {@code diff-moved}.
     */
    private Component movedRow(Div row, Span no, ParagraphChange p) {
        no.addClassName("paragraph-no");
        row.addClassName("diff-moved");
        boolean away = p.movedAway();
        row.addClassName(away ? "diff-moved-away" : "diff-moved-here");
        Span label = badge(
                away
                        ? getTranslation("diff.movedTo", place(p.move().place(), false))
                        : getTranslation("diff.movedFrom", place(p.move().place(), true)));
        label.addClassName("diff-badge");
        label.addClassName("diff-move-badge");
        Div text = away
                ? segments(List.of(new Segment(VersionDiff.SegmentKind.SAME, p.text())))
                : segments(p.move().edits());
        text.addClassName("diff-text");
        text.getStyle().set("line-height", "1.8");
        row.add(no, label, text);
        return row;
    }

    /** A paragraph's text with its deleted characters struck through in red and inserted ones in green. */
    private static Div segments(List<Segment> segments) {
        Div text = new Div();
        for (Segment s : segments) {
            Span span = new Span(s.text());
            switch (s.kind()) {
                case INSERTED -> {
                    span.addClassName("diff-inserted");
                    span.getStyle()
                            .set("background", "var(--lumo-success-color-10pct)")
                            .set("color", "var(--lumo-success-text-color)")
                            .set("text-decoration", "underline");
                }
                case DELETED -> {
                    span.addClassName("diff-deleted");
                    span.getStyle()
                            .set("background", "var(--lumo-error-color-10pct)")
                            .set("color", "var(--lumo-error-text-color)")
                            .set("text-decoration", "line-through");
                }
                case SAME -> span.addClassName("diff-same");
            }
            text.add(span);
        }
        return text;
    }

    private Component labelled(String key, Component content) {
        Div box = new Div(new H4(getTranslation(key)), content);
        box.addClassName("diff-labelled");
        return box;
    }

    private Span changeBadge(String key, Change change) {
        Span badge = badge(getTranslation(key));
        badge.addClassName("diff-badge");
        String color =
                switch (change) {
                    case ADDED -> "var(--lumo-success-text-color)";
                    case REMOVED -> "var(--lumo-error-text-color)";
                    default -> "var(--lumo-primary-text-color)";
                };
        badge.getStyle().set("color", color);
        return badge;
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.getStyle()
                .set("display", "inline-block")
                .set("min-width", "2.5em")
                .set("text-align", "center")
                .set("padding", "0 var(--lumo-space-xs)")
                .set("border-radius", "var(--lumo-border-radius-s)")
                .set("background", "var(--lumo-contrast-10pct)")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("font-variant-numeric", "tabular-nums")
                .set("margin-top", "var(--lumo-space-xs)");
        return badge;
    }

    private String when(Instant at) {
        return at == null ? "" : WHEN.withZone(zone).format(at);
    }
}
