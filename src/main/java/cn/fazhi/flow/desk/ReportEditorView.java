package cn.fazhi.flow.desk;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.check.CheckService;
import cn.fazhi.flow.check.Finding;
import cn.fazhi.flow.check.ReportFinding;
import cn.fazhi.flow.check.Severity;
import cn.fazhi.flow.check.Waiver;
import cn.fazhi.flow.check.ui.BlockedDialog;
import cn.fazhi.flow.check.ui.WaiveDialog;
import cn.fazhi.flow.check.ui.WarningsDialog;
import cn.fazhi.flow.document.DocumentService;
import cn.fazhi.flow.document.ui.DocumentImport;
import cn.fazhi.flow.document.ui.DraftPreview;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportDetails;
import cn.fazhi.flow.report.ReportPages;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ui.DraftAutosave;
import cn.fazhi.flow.report.ui.DraftFields;
import cn.fazhi.flow.report.ui.KeptText;
import cn.fazhi.flow.review.CommentService;
import cn.fazhi.flow.review.CommentView;
import cn.fazhi.flow.review.ReviewService;
import cn.fazhi.flow.review.SubmitResult;
import cn.fazhi.flow.review.ui.CommentCards;
import cn.fazhi.flow.review.ui.CommentsPanel;
import cn.fazhi.flow.review.ui.DeadlineLine;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The drafter's editor: title, opening, the five parts in their canonical order and the closing, saved as the drafter
 * types (after a pause and when a field loses focus) against the lock version last seen, so a concurrent edit is
 * reported instead of overwritten and nothing typed is lost. Reviewers' comments stand beside their part; the drafter
 * replies to them and submits from here. The pre-check's findings on the text in the fields stand beside it, refreshed
 * after the same pause as the save; a click on one goes to its text, and a WARNING or INFO may be marked not
 * applicable with a reason the reviewers read. The save state and the actions stay in a bar at the top of the screen
 * while the drafter scrolls. Submitting checks the text first: warnings the drafter has not marked not applicable are
 * listed for a confirmation, errors go to the process, whose pre-check is the authority and sends them back. The
 * panels belong to their features; this view only lays them out.
 */
@Route(ReportPages.EDIT)
@RolesAllowed("DRAFTER")
public class ReportEditorView extends VerticalLayout
        implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    static final String REPORT_ID = ReportPages.REPORT_ID;

    private final ReportService reports;
    private final ReviewService review;
    private final CommentService comments;
    private final CheckService checks;
    private final DocumentService documents;
    private final ZoneId zone;
    /** The .docx/.txt import, made once per view; the server keeps what its undo needs. */
    private DocumentImport importer;

    private long reportId;
    private ReportDetails report;
    private DraftAutosave autosave;
    /** The fields, null while the report is not editable. */
    private DraftFields fields;

    private EditorFindings findings;
    /** Where the last click on a finding went: the field and the selected range (-1 when none). */
    Jump lastJump;

    record Jump(String fieldId, int start, int end) {}

    public ReportEditorView(
            ReportService reports,
            ReviewService review,
            CommentService comments,
            CheckService checks,
            DocumentService documents,
            Clock clock) {
        this.reports = reports;
        this.documents = documents;
        this.review = review;
        this.comments = comments;
        this.checks = checks;
        this.zone = clock.getZone();
        addClassName("report-editor");
        setMaxWidth("1800px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reportId = event.getRouteParameters()
                .getLong(REPORT_ID)
                .orElseThrow(() -> FlowException.notFound("error.reportNotFound", ""));
        autosave = new DraftAutosave(reports, reportId, zone, this::reload);
        load(Map.of());
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (autosave.dirty() && !autosave.conflict()) {
            autosave.save();
        }
        if (!autosave.dirty()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        Dialog dialog = new Dialog();
        dialog.setId("editor-leave-dialog");
        dialog.setHeaderTitle(getTranslation("editor.leave.title"));
        dialog.add(new Paragraph(getTranslation("editor.leave.text")));
        Button stay = new Button(getTranslation("editor.leave.stay"), e -> dialog.close());
        stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button leave = new Button(getTranslation("editor.leave.go"), e -> {
            dialog.close();
            autosave.discard();
            action.proceed();
        });
        leave.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(leave, stay);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        if (report == null) {
            return getTranslation("editor.title");
        }
        return getTranslation("editor.pageTitle", report.township(), String.valueOf(report.year()));
    }

    /** Loads the stored copy into fresh fields; {@code unsaved} is the drafter's text from before, kept if it differs. */
    private void load(Map<String, String> unsaved) {
        report = reports.get(reportId);
        removeAll();
        fields = null;
        findings = null;
        autosave.reset(report.lockVersion(), report.draftSavedAt(), () -> fields.content());

        H2 heading = new H2(getTranslation("editor.heading", report.township(), String.valueOf(report.year())));
        RouterLink toReport = new RouterLink(getTranslation("editor.toReport"), ReportView.class, reportRoute());
        toReport.setId("editor-to-report");
        if (!report.status().editable()) {
            Paragraph notice = new Paragraph(getTranslation(
                    "editor.readOnly",
                    getTranslation("status." + report.status().name())));
            notice.setId("editor-read-only");
            add(heading, notice, toReport);
            KeptText.of(unsaved, report.content()).ifPresent(this::add);
            return;
        }

        Button submit = new Button(getTranslation("editor.submit"), e -> submit());
        submit.setId("editor-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (importer == null) {
            importer = new DocumentImport(documents, reportId, new ImportTarget());
        }
        HorizontalLayout toolbar = new HorizontalLayout(
                autosave.state(), importer, new DraftPreview(documents, reportId), toReport, submit);
        toolbar.setId("editor-actions");
        toolbar.addClassName("editor-actions");
        toolbar.setWidthFull();
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        toolbar.expand(autosave.state());
        add(heading, toolbar, autosave.conflictBar());
        review.deadline(reportId)
                .map(DeadlineLine::submission)
                .ifPresent(line -> addComponentAtIndex(indexOf(heading) + 1, line));
        KeptText.of(unsaved, report.content()).ifPresent(this::add);

        fields = new DraftFields(report.content(), documents.standardTitle(reportId), autosave, this::changed);
        findings = new EditorFindings(
                checks, reportId, report.year(), fields, jump -> lastJump = jump, this::openWaive, this::unwaive);
        HorizontalLayout columns = new HorizontalLayout(fields, findings.panel());
        columns.setWidthFull();
        columns.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.START);
        columns.addClassName("editor-columns");
        add(columns);
        showComments();
        findings.refresh();
    }

    /** The drafter changed the text (and it was saved): the findings follow, and an import can no longer be undone. */
    private void changed() {
        findings.refresh();
        importer.draftChanged();
    }

    /** Where an import goes: the text typed so far is stored first, and the fields show the imported draft after. */
    private final class ImportTarget implements DocumentImport.Draft {
        @Override
        public OptionalLong savedLockVersion() {
            return autosave.savedLockVersion();
        }

        @Override
        public void reload() {
            load(Map.of());
        }
    }

    /** Loads the stored copy again after a conflict; the drafter's own text that differs from it stays on the page. */
    private void reload() {
        load(fields == null ? Map.of() : fields.labelled());
    }

    /**
     * Saves the text and checks the stored copy, as the process will: with warnings the drafter has not marked not
     * applicable, asks first (listing them); otherwise, or with errors (which the process's pre-check sends back),
     * submits.
     */
    private void submit() {
        if (autosave.conflict()) {
            error(autosave.conflictMessage());
            return;
        }
        if (!autosave.saveIfDirty()) {
            return;
        }
        List<ReportFinding> found = checks.findings(reportId);
        boolean errors = found.stream().anyMatch(f -> f.finding().blocking());
        List<Finding> warnings = found.stream()
                .filter(f -> !f.waived() && f.finding().severity() == Severity.WARNING)
                .map(ReportFinding::finding)
                .toList();
        if (!errors && !warnings.isEmpty()) {
            new WarningsDialog(checks, warnings, this::submitNow).open();
            return;
        }
        submitNow();
    }

    private void submitNow() {
        SubmitResult result;
        try {
            result = review.submit(reportId);
        } catch (FlowException e) {
            error(getTranslation(e.messageKey(), e.args()));
            return;
        }
        if (!result.accepted()) {
            autosave.adoptLockVersionIfUnchanged();
            findings.refresh();
            new BlockedDialog(checks, result.findings()).open();
            return;
        }
        Notification done = Notification.show(getTranslation("editor.submitted", result.version()));
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(ReportView.class, reportRoute()));
    }

    private void openWaive(Finding f) {
        new WaiveDialog(checks, reportId, f, autosave::saveIfDirty, findings::refresh).open();
    }

    private void unwaive(Waiver w) {
        try {
            checks.unwaive(w.id());
        } catch (FlowException e) {
            error(getTranslation(e.messageKey(), e.args()));
            return;
        }
        Notification.show(getTranslation("editor.check.unwaivedDone"));
        findings.refresh();
    }

    /** The comments beside their part, anchored to the text in the fields; whole-report comments at the top. */
    private void showComments() {
        List<CommentView> all = comments.list(reportId, fields.content());
        Div whole = fields.generalSlot();
        whole.removeAll();
        CommentCards.ReplyHandler reply = CommentsPanel.replies(comments, reportId, this::showComments);
        if (!CommentCards.roots(all, null).isEmpty()) {
            whole.add(new H3(getTranslation("editor.wholeComments")), new CommentCards(all, null, zone, reply));
        }
        for (PartKind kind : PartKind.values()) {
            Div slot = fields.partSlot(kind);
            slot.removeAll();
            if (!CommentCards.roots(all, kind).isEmpty()) {
                slot.add(new CommentCards(all, kind, zone, reply));
            }
        }
    }

    private RouteParameters reportRoute() {
        return new RouteParameters(REPORT_ID, String.valueOf(reportId));
    }

    private static void error(String message) {
        Notification n = Notification.show(message);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
