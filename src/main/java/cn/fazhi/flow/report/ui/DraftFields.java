package cn.fazhi.flow.report.ui;

import cn.fazhi.flow.report.Closing;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportPart;
import cn.fazhi.flow.report.StandardWording;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.DebouncePhase;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The drafter's fields: title (with a button that fills in the standard title), opening, the five parts in their
 * canonical order (each marked mandatory or optional, with a slot beside it) and the closing, saved by a
 * {@link DraftAutosave} after a pause in the typing and when a field loses focus. An empty field shows the standard
 * wording as an example marked 未填写, set lighter than text. A slot above the title and one beside each part hold what
 * the screen shows there.
 */
public class DraftFields extends VerticalLayout {

    /** How long the drafter pauses before the text is saved. */
    static final int SAVE_DELAY_MS = 1500;

    private final DraftAutosave autosave;
    private final Runnable onChange;
    private final Div generalSlot = new Div();
    private final TextField title;
    private final TextArea opening;
    private final Map<PartKind, TextField> headings = new EnumMap<>(PartKind.class);
    private final Map<PartKind, TextArea> bodies = new EnumMap<>(PartKind.class);
    private final Map<PartKind, Div> partSlots = new EnumMap<>(PartKind.class);
    private final TextField office;
    private final TextField date;

    /**
     * The fields holding {@code content}; {@code standardTitle} is the report's title as {@link StandardWording} builds
     * it; {@code onChange} runs after each saved change of the drafter's.
     */
    public DraftFields(ReportContent content, String standardTitle, DraftAutosave autosave, Runnable onChange) {
        this.autosave = autosave;
        this.onChange = onChange;
        setPadding(false);
        setId("editor-text");
        addClassName("draft-fields");
        generalSlot.setId("editor-whole-comments");
        title = wire(new TextField(getTranslation("editor.field.title")), "editor-title", content.title());
        title.setPlaceholder(getTranslation("editor.field.example", standardTitle));
        Button useStandardTitle = new Button(getTranslation("editor.standardTitle"), e -> {
            title.setValue(standardTitle);
            autosave.changed();
            onChange.run();
        });
        useStandardTitle.setId("editor-standard-title");
        useStandardTitle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        useStandardTitle.setTooltipText(getTranslation("editor.standardTitle.tooltip", standardTitle));
        HorizontalLayout titleRow = new HorizontalLayout(title, useStandardTitle);
        titleRow.setWidthFull();
        titleRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        titleRow.expand(title);
        opening = wire(new TextArea(getTranslation("editor.field.opening")), "editor-opening", content.opening());
        add(generalSlot, titleRow, opening);
        for (PartKind kind : PartKind.values()) {
            add(partSection(kind, content.part(kind).orElse(null)));
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
        date.setPlaceholder(getTranslation("editor.field.example", "2023年12月26日"));
        HorizontalLayout closingFields = new HorizontalLayout(office, date);
        closingFields.setWidthFull();
        closingFields.setFlexGrow(2, office);
        closingFields.setFlexGrow(1, date);
        add(closing, closingFields);
    }

    private HorizontalLayout partSection(PartKind kind, ReportPart part) {
        H3 name = new H3(getTranslation("part." + kind.name()));
        Span tag = new Span(getTranslation(kind.mandatory() ? "editor.mandatory" : "editor.optional"));
        tag.addClassName(kind.mandatory() ? "part-mandatory" : "part-optional");
        tag.setId("editor-tag-" + kind.name());
        HorizontalLayout title = new HorizontalLayout(name, tag);
        title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        TextField heading = wire(
                new TextField(getTranslation("editor.field.heading")),
                "editor-heading-" + kind.name(),
                part == null ? "" : part.heading());
        heading.setPlaceholder(getTranslation("editor.field.example", kind.standardHeading()));
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
        fields.addClassName("part-fields");
        Div slot = new Div();
        slot.setId("editor-comments-" + kind.name());
        slot.addClassName("part-comments");
        partSlots.put(kind, slot);

        HorizontalLayout section = new HorizontalLayout(fields, slot);
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
        field.getElement()
                .addEventListener("input", e -> autosave.typing())
                .debounce(SAVE_DELAY_MS, DebouncePhase.LEADING);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                autosave.changed();
                onChange.run();
            }
        });
        field.addBlurListener(e -> autosave.left());
        return field;
    }

    /** The slot above the title (for what concerns the whole report). */
    public Div generalSlot() {
        return generalSlot;
    }

    /** The slot beside a part. */
    public Div partSlot(PartKind kind) {
        return partSlots.get(kind);
    }

    public TextField title() {
        return title;
    }

    public TextArea opening() {
        return opening;
    }

    public TextField heading(PartKind kind) {
        return headings.get(kind);
    }

    public TextArea body(PartKind kind) {
        return bodies.get(kind);
    }

    public TextField office() {
        return office;
    }

    public TextField date() {
        return date;
    }

    /** The text in the fields. Parts left wholly empty are not saved, so the pre-check can say they are missing. */
    public ReportContent content() {
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

    /** Every field's text by the field's label, to be kept beside a freshly loaded copy ({@link KeptText}). */
    public Map<String, String> labelled() {
        return KeptText.labelled(this, content());
    }
}
