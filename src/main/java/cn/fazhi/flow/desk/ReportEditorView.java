package cn.fazhi.flow.desk;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.base.Times;
import cn.fazhi.flow.check.CheckInput;
import cn.fazhi.flow.check.CheckService;
import cn.fazhi.flow.check.Finding;
import cn.fazhi.flow.check.Waiver;
import cn.fazhi.flow.check.ui.FindingsPanel;
import cn.fazhi.flow.document.DocumentService;
import cn.fazhi.flow.document.ui.DocumentImport;
import cn.fazhi.flow.report.Closing;
import cn.fazhi.flow.report.DraftSaved;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportDetails;
import cn.fazhi.flow.report.ReportPages;
import cn.fazhi.flow.report.ReportPart;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.review.CommentService;
import cn.fazhi.flow.review.CommentView;
import cn.fazhi.flow.review.NewComment;
import cn.fazhi.flow.review.ReviewService;
import cn.fazhi.flow.review.SubmitResult;
import cn.fazhi.flow.review.ui.CommentCards;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.DebouncePhase;
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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The drafter's editor: title, opening, the five parts in their canonical order and the closing, saved as the drafter
 * types (after a pause and when a field loses focus) against the lock version last seen, so a concurrent edit is
 * reported instead of overwritten and nothing typed is lost. Reviewers' comments stand beside their part; the drafter
 * replies to them and submits from here. The pre-check's findings on the text in the fields stand beside it, refreshed
 * after the same pause as the save; a click on one goes to its text, and a WARNING or INFO may be marked not
 * applicable with a reason the reviewers read.
 */
@Route(ReportPages.EDIT)
@RolesAllowed("DRAFTER")
public class ReportEditorView extends VerticalLayout
        implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    static final String REPORT_ID = ReportPages.REPORT_ID;

    /** How long the drafter pauses before the text is saved. */
    static final int SAVE_DELAY_MS = 1500;

    private final ReportService reports;
    private final ReviewService review;
    private final CommentService comments;
    private final CheckService checks;
    private final DocumentService documents;
    private final ZoneId zone;
    /** The .docx/.txt import; kept across reloads so that its undo survives them. */
    private DocumentImport importer;

    private long reportId;
    private ReportDetails report;
    private long lockVersion;
    /** The fields hold text that is not stored yet. */
    private boolean dirty;
    /** The stored copy changed under us: saving stops until the drafter reloads. */
    private boolean conflict;

    private TextField title;
    private TextArea opening;
    private final Map<PartKind, TextField> headings = new EnumMap<>(PartKind.class);
    private final Map<PartKind, TextArea> bodies = new EnumMap<>(PartKind.class);
    private final Map<PartKind, Div> partComments = new EnumMap<>(PartKind.class);
    private TextField office;
    private TextField date;
    private final Div wholeComments = new Div();
    private FindingsPanel findings;
    /** The blocks of the text the findings shown were computed on, by line (index = line - 1). */
    private List<CheckInput.Block> checkedBlocks = List.of();
    /** Where the last click on a finding went: the field and the selected range (-1 when none). */
    Jump lastJump;

    record Jump(String fieldId, int start, int end) {}

    private final Span saveState = new Span();
    private final HorizontalLayout conflictBar = new HorizontalLayout();
    private final Span conflictMessage = new Span();

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

        saveState.setId("save-state");
        saveState.addClassName("save-state");
        saveState.getElement().setAttribute("aria-live", "polite");
        saveState.getStyle().set("color", "var(--lumo-secondary-text-color)");

        conflictMessage.setId("editor-conflict-message");
        conflictMessage.getStyle().set("color", "var(--lumo-error-text-color)");
        Button reload = new Button(getTranslation("editor.reload"), e -> reload());
        reload.setId("editor-reload");
        conflictBar.add(conflictMessage, reload);
        conflictBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        conflictBar.setId("editor-conflict");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reportId = event.getRouteParameters()
                .getLong(REPORT_ID)
                .orElseThrow(() -> FlowException.notFound("error.reportNotFound", ""));
        load(Map.of());
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (dirty && !conflict) {
            save();
        }
        if (!dirty) {
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
            dirty = false;
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
        lockVersion = report.lockVersion();
        dirty = false;
        conflict = false;
        conflictBar.setVisible(false);
        saveState.setText("");
        removeAll();
        headings.clear();
        bodies.clear();
        partComments.clear();
        wholeComments.removeAll();

        H2 heading = new H2(getTranslation("editor.heading", report.township(), String.valueOf(report.year())));
        RouterLink toReport = new RouterLink(getTranslation("editor.toReport"), ReportView.class, reportRoute());
        toReport.setId("editor-to-report");
        if (!report.status().editable()) {
            Paragraph notice = new Paragraph(getTranslation(
                    "editor.readOnly",
                    getTranslation("status." + report.status().name())));
            notice.setId("editor-read-only");
            add(heading, notice, toReport);
            addKept(unsaved);
            return;
        }

        Button submit = new Button(getTranslation("editor.submit"), e -> submit());
        submit.setId("editor-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (importer == null) {
            importer = new DocumentImport(documents, reports, reportId, new ImportTarget());
        }
        HorizontalLayout toolbar = new HorizontalLayout(saveState, importer, toReport, submit);
        toolbar.setWidthFull();
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        toolbar.expand(saveState);
        add(heading, toolbar, conflictBar);
        addKept(unsaved);

        ReportContent content = report.content();
        wholeComments.setId("editor-whole-comments");
        title = wire(new TextField(getTranslation("editor.field.title")), "editor-title", content.title());
        opening = wire(new TextArea(getTranslation("editor.field.opening")), "editor-opening", content.opening());
        VerticalLayout text = new VerticalLayout(wholeComments, title, opening);
        text.setPadding(false);
        text.setId("editor-text");
        // The text grows from a zero basis beside the findings; on a narrow screen the findings wrap below it.
        text.getStyle().set("flex", "1 1 40em").set("min-width", "0");
        for (PartKind kind : PartKind.values()) {
            text.add(partSection(kind, content.part(kind).orElse(null)));
        }
        H3 closing = new H3(getTranslation("editor.closing"));
        office = wire(
                new TextField(getTranslation("editor.field.office")),
                "editor-office",
                content.closing().office());
        date = wire(
                new TextField(getTranslation("editor.field.date")),
                "editor-date",
                content.closing().date());
        date.setPlaceholder(getTranslation("editor.field.datePlaceholder"));
        HorizontalLayout closingFields = new HorizontalLayout(office, date);
        closingFields.setWidthFull();
        closingFields.setFlexGrow(2, office);
        closingFields.setFlexGrow(1, date);
        text.add(closing, closingFields);

        findings = new FindingsPanel(checks, true, this::jumpTo, this::openWaive, this::unwaive);
        findings.setId("editor-findings");
        findings.getStyle()
                .set("flex", "0 1 24em")
                .set("min-width", "18em")
                .set("position", "sticky")
                .set("top", "0")
                .set("max-height", "100vh")
                .set("overflow-y", "auto")
                .set("padding", "var(--lumo-space-s)")
                .set("box-sizing", "border-box")
                .set("border-left", "1px solid var(--lumo-contrast-10pct)");
        HorizontalLayout columns = new HorizontalLayout(text, findings);
        columns.setWidthFull();
        columns.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.START);
        columns.getStyle().set("flex-wrap", "wrap");
        add(columns);
        showComments();
        refreshFindings();
    }

    private Component partSection(PartKind kind, ReportPart part) {
        H3 name = new H3(getTranslation("part." + kind.name()));
        Span tag = new Span(getTranslation(kind.mandatory() ? "editor.mandatory" : "editor.optional"));
        tag.addClassName(kind.mandatory() ? "part-mandatory" : "part-optional");
        tag.setId("editor-tag-" + kind.name());
        tag.getStyle()
                .set("color", kind.mandatory() ? "var(--lumo-error-text-color)" : "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        HorizontalLayout title = new HorizontalLayout(name, tag);
        title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        TextField heading = wire(
                new TextField(getTranslation("editor.field.heading")),
                "editor-heading-" + kind.name(),
                part == null ? "" : part.heading());
        heading.setPlaceholder(getTranslation("editor.standardHeading." + kind.name()));
        TextArea body = wire(
                new TextArea(getTranslation("editor.field.body")),
                "editor-body-" + kind.name(),
                part == null ? "" : part.body());
        body.setRequiredIndicatorVisible(kind.mandatory());
        body.setMinHeight("10em");
        headings.put(kind, heading);
        bodies.put(kind, body);

        VerticalLayout fields = new VerticalLayout(title, heading, body);
        fields.setPadding(false);
        fields.setSpacing(false);
        Div comments = new Div();
        comments.setId("editor-comments-" + kind.name());
        comments.addClassName("part-comments");
        comments.getStyle().set("min-width", "18em");
        partComments.put(kind, comments);

        // Both columns grow from a zero basis, so a long quoted comment never squeezes the text the drafter edits.
        fields.getStyle().set("flex", "3 1 0").set("min-width", "0");
        comments.getStyle().set("flex", "2 1 0").set("overflow-wrap", "anywhere");
        HorizontalLayout section = new HorizontalLayout(fields, comments);
        section.setId("editor-part-" + kind.name());
        section.addClassName("editor-part");
        section.setWidthFull();
        return section;
    }

    /** A field saved as the drafter types: after a pause, and when it loses focus. */
    private <T extends TextFieldBase<T, String>> T wire(T field, String id, String value) {
        field.setId(id);
        field.setWidthFull();
        field.setValue(value);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(SAVE_DELAY_MS);
        // The first keystroke of a burst says that a save is on its way; the text itself follows after the pause.
        field.getElement().addEventListener("input", e -> typing()).debounce(SAVE_DELAY_MS, DebouncePhase.LEADING);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                dirty = true;
                save();
                refreshFindings();
            }
        });
        field.addBlurListener(e -> {
            if (dirty) {
                save();
            }
        });
        return field;
    }

    private void typing() {
        dirty = true;
        if (!conflict) {
            saveState.setText(getTranslation("editor.save.saving"));
        }
    }

    /** Saves the fields; true when they are stored. A conflict keeps the text in the fields and stops saving. */
    private boolean save() {
        if (conflict) {
            return false;
        }
        saveState.setText(getTranslation("editor.save.saving"));
        try {
            DraftSaved saved = reports.saveDraft(reportId, currentContent(), lockVersion);
            lockVersion = saved.lockVersion();
            dirty = false;
            saveState.setText(getTranslation("editor.save.saved", Times.time(saved.savedAt(), zone)));
            return true;
        } catch (FlowException e) {
            String message = getTranslation(e.messageKey(), e.args());
            saveState.setText(getTranslation("editor.save.failed", message));
            if (e.kind() == FlowException.Kind.CONFLICT) {
                conflict = true;
                conflictMessage.setText(message);
                conflictBar.setVisible(true);
            }
            return false;
        }
    }

    /** Where an import goes: the text typed so far is stored first, and the fields show the imported draft after. */
    private final class ImportTarget implements DocumentImport.Draft {
        @Override
        public OptionalLong savedLockVersion() {
            return conflict || (dirty && !save()) ? OptionalLong.empty() : OptionalLong.of(lockVersion);
        }

        @Override
        public void reload() {
            load(Map.of());
        }
    }

    /** Loads the stored copy again after a conflict; the drafter's own text that differs from it stays on the page. */
    private void reload() {
        Map<String, String> mine = title == null ? Map.of() : valuesOf(currentContent());
        load(mine);
    }

    /** The text in the fields. Parts left wholly empty are not saved, so the pre-check can say they are missing. */
    ReportContent currentContent() {
        List<ReportPart> parts = new ArrayList<>();
        for (PartKind kind : PartKind.values()) {
            String heading = headings.get(kind).getValue();
            String body = bodies.get(kind).getValue();
            if (!heading.isBlank() || !body.isBlank()) {
                parts.add(new ReportPart(kind, heading, body));
            }
        }
        return new ReportContent(
                title.getValue(), opening.getValue(), parts, new Closing(office.getValue(), date.getValue()));
    }

    /** Every field's text by its label, for comparing the drafter's text with the stored one. */
    private Map<String, String> valuesOf(ReportContent content) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(getTranslation("editor.field.title"), content.title());
        values.put(getTranslation("editor.field.opening"), content.opening());
        for (PartKind kind : PartKind.values()) {
            ReportPart part = content.part(kind).orElse(new ReportPart(kind, "", ""));
            String name = getTranslation("part." + kind.name());
            values.put(name + " · " + getTranslation("editor.field.heading"), part.heading());
            values.put(name + " · " + getTranslation("editor.field.body"), part.body());
        }
        values.put(getTranslation("editor.field.office"), content.closing().office());
        values.put(getTranslation("editor.field.date"), content.closing().date());
        return values;
    }

    /** Shows the drafter's text that differs from the freshly loaded copy, so that nothing typed is lost. */
    private void addKept(Map<String, String> unsaved) {
        if (unsaved.isEmpty()) {
            return;
        }
        Map<String, String> stored = valuesOf(report.content());
        VerticalLayout texts = new VerticalLayout();
        texts.setPadding(false);
        unsaved.forEach((label, mine) -> {
            if (!mine.isBlank() && !mine.equals(stored.get(label))) {
                TextArea kept = new TextArea(label);
                kept.setValue(mine);
                kept.setReadOnly(true);
                kept.setWidthFull();
                kept.addClassName("kept-text");
                texts.add(kept);
            }
        });
        if (texts.getComponentCount() == 0) {
            return;
        }
        Details details = new Details(getTranslation("editor.kept"), texts);
        details.setId("editor-kept");
        details.setOpened(true);
        details.setWidthFull();
        add(details);
    }

    private void submit() {
        if (conflict) {
            error(conflictMessage.getText());
            return;
        }
        if (dirty && !save()) {
            return;
        }
        SubmitResult result;
        try {
            result = review.submit(reportId);
        } catch (FlowException e) {
            error(getTranslation(e.messageKey(), e.args()));
            return;
        }
        if (!result.accepted()) {
            adoptLockVersionIfUnchanged();
            refreshFindings();
            findingsDialog(result.findings()).open();
            return;
        }
        Notification done = Notification.show(getTranslation("editor.submitted", result.version()));
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(ReportView.class, reportRoute()));
    }

    /** A blocked submission leaves the text as saved; keep saving against the stored copy if nobody else changed it. */
    private void adoptLockVersionIfUnchanged() {
        ReportDetails now = reports.get(reportId);
        if (now.lockVersion() != lockVersion && now.content().equals(currentContent())) {
            lockVersion = now.lockVersion();
        }
    }

    private Dialog findingsDialog(List<Finding> findings) {
        Dialog dialog = new Dialog();
        dialog.setId("findings-dialog");
        dialog.setHeaderTitle(getTranslation("editor.blocked.title"));
        UnorderedList list = new UnorderedList();
        for (Finding f : findings) {
            String where = f.part() == null
                    ? getTranslation("editor.finding.whole")
                    : getTranslation("part." + f.part().name());
            if (f.paragraph() != null) {
                where = getTranslation("editor.finding.paragraph", where, f.paragraph());
            }
            Span severity =
                    new Span(getTranslation("editor.severity." + f.severity().name()));
            severity.getStyle()
                    .set("font-weight", "600")
                    .set("margin-inline-end", "0.25em")
                    .set("color", f.blocking() ? "var(--lumo-error-text-color)" : "var(--lumo-secondary-text-color)");
            Span line = new Span(getTranslation("editor.finding.line", where, checks.describe(f, getLocale())));
            line.addClassName("finding-text");
            ListItem item = new ListItem(severity, line);
            item.addClassName("finding");
            list.add(item);
        }
        dialog.add(new Paragraph(getTranslation("editor.blocked.intro")), list);
        Button close = new Button(getTranslation("editor.blocked.close"), e -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        dialog.setMaxWidth("48em");
        return dialog;
    }

    // --- the pre-check beside the text -------------------------------------------------------------------------

    /** Checks the text in the fields (stored or not) under the county's settings, with the report's waivers. */
    private void refreshFindings() {
        if (findings == null || title == null) {
            return;
        }
        ReportContent content = currentContent();
        checkedBlocks = CheckInput.of(content, report.year()).blocks();
        findings.show(checks.findings(reportId, content));
    }

    /**
     * Scrolls to the field a finding is about and focuses it; in a multi-line field the finding's paragraph (its
     * excerpt, when the paragraph holds it) is selected.
     */
    void jumpTo(Finding f) {
        CheckInput.Block block = f.line() != null && f.line() >= 1 && f.line() <= checkedBlocks.size()
                ? checkedBlocks.get(f.line() - 1)
                : null;
        TextFieldBase<?, String> field;
        int paragraph = 0;
        if (block == null) {
            if (f.part() != null) {
                field = bodies.get(f.part());
            } else if ("missing-closing".equals(f.rule())) {
                field = office.getValue().isBlank() ? office : date;
            } else {
                field = title;
            }
        } else {
            field = switch (block.zone()) {
                case TITLE -> title;
                case OPENING -> opening;
                case HEADING -> headings.get(block.part());
                case BODY -> bodies.get(block.part());
                case CLOSING_OFFICE -> office;
                case CLOSING_DATE -> date;
            };
            paragraph = block.paragraph();
        }
        int[] range = field instanceof TextArea area && paragraph > 0
                ? selection(area.getValue(), paragraph, f.excerpt())
                : new int[] {-1, -1};
        lastJump = new Jump(field.getId().orElse(""), range[0], range[1]);
        field.getElement()
                .executeJs(
                        "const ta = this.inputElement || this.querySelector('textarea') || this.querySelector('input');"
                                + "this.scrollIntoView({block: 'start'});"
                                + "if (ta) {"
                                + "  ta.focus({preventScroll: true});"
                                + "  if ($0 >= 0) {"
                                + "    ta.setSelectionRange($0, $1);"
                                + "    const box = ta.getBoundingClientRect();"
                                + "    const y = box.top + box.height * ($0 / Math.max(1, ta.value.length));"
                                + "    if (y > window.innerHeight * 0.6) { window.scrollBy(0, y - window.innerHeight / 3); }"
                                + "  }"
                                + "} else { this.focus(); }",
                        range[0],
                        range[1]);
    }

    /**
     * The start and end of the n-th paragraph (a non-blank line, as {@code Paragraphs} counts them) in a field's
     * value, narrowed to the excerpt when the paragraph holds it; {-1, -1} when there is no such paragraph.
     */
    static int[] selection(String value, int paragraph, String excerpt) {
        int count = 0;
        int lineStart = 0;
        while (lineStart <= value.length()) {
            int lineEnd = value.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = value.length();
            }
            int start = lineStart;
            int end = lineEnd;
            while (start < end && Character.isWhitespace(value.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(value.charAt(end - 1))) {
                end--;
            }
            if (end > start && ++count == paragraph) {
                int at = excerpt == null || excerpt.isEmpty()
                        ? -1
                        : value.substring(start, end).indexOf(excerpt);
                return at < 0 ? new int[] {start, end} : new int[] {start + at, start + at + excerpt.length()};
            }
            lineStart = lineEnd + 1;
        }
        return new int[] {-1, -1};
    }

    /** Asks for the reason a WARNING or INFO does not apply, then records it. */
    private void openWaive(Finding f) {
        Dialog dialog = new Dialog(getTranslation("editor.check.waiveTitle"));
        dialog.setId("waive-dialog");
        Paragraph what = new Paragraph(checks.describe(f, getLocale()));
        TextArea reason = new TextArea(getTranslation("editor.check.reason"));
        reason.setId("waive-reason");
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setMinHeight("6em");
        reason.setMaxLength(1000);
        reason.setHelperText(getTranslation("editor.check.reasonHelp"));
        dialog.add(what, reason);
        Button cancel = new Button(getTranslation("editor.check.cancel"), e -> dialog.close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button confirm = new Button(getTranslation("editor.check.confirm"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("editor.check.reasonRequired"));
                reason.setInvalid(true);
                return;
            }
            if (dirty && !save()) {
                return;
            }
            try {
                checks.waive(reportId, f.rule(), f.part(), f.excerpt(), reason.getValue());
            } catch (FlowException ex) {
                reason.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                reason.setInvalid(true);
                return;
            }
            dialog.close();
            Notification.show(getTranslation("editor.check.waivedDone"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refreshFindings();
        });
        confirm.setId("waive-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, confirm);
        dialog.setWidth("min(36em, 95vw)");
        dialog.open();
    }

    private void unwaive(Waiver w) {
        try {
            checks.unwaive(w.id());
        } catch (FlowException e) {
            error(getTranslation(e.messageKey(), e.args()));
            return;
        }
        Notification.show(getTranslation("editor.check.unwaivedDone"));
        refreshFindings();
    }

    /** The comments beside their part, anchored to the text in the fields; whole-report comments at the top. */
    private void showComments() {
        List<CommentView> all = comments.list(reportId, currentContent());
        wholeComments.removeAll();
        if (!CommentCards.roots(all, null).isEmpty()) {
            wholeComments.add(
                    new H3(getTranslation("editor.wholeComments")), new CommentCards(all, null, zone, this::reply));
        }
        for (PartKind kind : PartKind.values()) {
            Div slot = partComments.get(kind);
            slot.removeAll();
            if (!CommentCards.roots(all, kind).isEmpty()) {
                slot.add(new CommentCards(all, kind, zone, this::reply));
            }
        }
    }

    private boolean reply(CommentView parent, String text) {
        Integer paragraph =
                parent.part() == null ? null : parent.anchor() != null ? parent.anchor() : parent.paragraph();
        try {
            comments.add(reportId, new NewComment(parent.part(), paragraph, parent.quote(), text, parent.id()));
        } catch (FlowException e) {
            error(getTranslation(e.messageKey(), e.args()));
            return false;
        }
        Notification.show(getTranslation("comment.replied"));
        showComments();
        return true;
    }

    private RouteParameters reportRoute() {
        return new RouteParameters(REPORT_ID, String.valueOf(reportId));
    }

    private static void error(String message) {
        Notification n = Notification.show(message);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
