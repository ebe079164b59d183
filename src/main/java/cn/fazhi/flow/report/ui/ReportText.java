package cn.fazhi.flow.report.ui;

import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportPart;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;

/** A report's text, read-only: title, opening, the five parts under their headings, and the closing (to the right). */
public final class ReportText extends Div {

    public ReportText(ReportContent text) {
        addClassName("version-text");
        if (!text.title().isBlank()) {
            add(new H3(text.title()));
        }
        if (!text.opening().isBlank()) {
            add(paragraphs(text.opening()));
        }
        for (PartKind kind : PartKind.values()) {
            ReportPart part = text.part(kind).orElse(null);
            if (part == null) {
                continue;
            }
            add(new H4(part.heading().isBlank() ? getTranslation("part." + kind.name()) : part.heading()));
            add(paragraphs(part.body()));
        }
        if (!text.closing().office().isBlank() || !text.closing().date().isBlank()) {
            Div closing = new Div(
                    new Div(text.closing().office()), new Div(text.closing().date()));
            closing.addClassName("version-text-closing");
            add(closing);
        }
    }

    private static Div paragraphs(String text) {
        Div div = new Div();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                div.add(new Paragraph(line.strip()));
            }
        }
        return div;
    }
}
