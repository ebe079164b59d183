package cn.fazhi.flow.report.ui;

import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportPart;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The drafter's own text that differs from a freshly loaded copy, read-only, so that nothing typed is lost. */
public class KeptText extends Details {

    private final VerticalLayout texts = new VerticalLayout();

    private KeptText() {
        setSummaryText(getTranslation("editor.kept"));
        texts.setPadding(false);
        add(texts);
        setId("editor-kept");
        setOpened(true);
        setWidthFull();
    }

    /** The texts of {@code mine} (by label, see {@link DraftFields#labelled()}) that differ from {@code stored}. */
    public static Optional<KeptText> of(Map<String, String> mine, ReportContent stored) {
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        KeptText kept = new KeptText();
        Map<String, String> theirs = labelled(kept, stored);
        mine.forEach((label, text) -> {
            if (!text.isBlank() && !text.equals(theirs.get(label))) {
                TextArea area = new TextArea(label);
                area.setValue(text);
                area.setReadOnly(true);
                area.setWidthFull();
                area.addClassName("kept-text");
                kept.texts.add(area);
            }
        });
        return kept.texts.getComponentCount() == 0 ? Optional.empty() : Optional.of(kept);
    }

    /** Every field's text of {@code content} by the field's label. */
    static Map<String, String> labelled(Component where, ReportContent content) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(where.getTranslation("editor.field.title"), content.title());
        values.put(where.getTranslation("editor.field.opening"), content.opening());
        for (PartKind kind : PartKind.values()) {
            ReportPart part = content.part(kind).orElse(new ReportPart(kind, "", ""));
            String name = where.getTranslation("part." + kind.name());
            values.put(name + " · " + where.getTranslation("editor.field.heading"), part.heading());
            values.put(name + " · " + where.getTranslation("editor.field.body"), part.body());
        }
        values.put(
                where.getTranslation("editor.field.office"), content.closing().office());
        values.put(where.getTranslation("editor.field.date"), content.closing().date());
        return values;
    }
}
