package cn.fazhi.flow.publish.ui;

import cn.fazhi.flow.publish.PublishService;
import cn.fazhi.flow.report.Paragraphs;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportPart;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * A report's public version as a page: the title, the opening, each part under its heading, the closing. Redacted
 * passages (■■■) stand out.
 */
class PublicText extends Div {

    private static final String MARK = PublishService.REDACTION_MARK;

    PublicText(ReportContent text) {
        addClassName("public-text");
        H2 title = new H2(text.title());
        title.addClassName("public-title");
        add(title);
        Paragraphs.of(text.opening()).forEach(p -> add(paragraph(p)));
        for (ReportPart part : text.parts()) {
            if (part.heading().isBlank() && part.isBlank()) {
                continue;
            }
            H3 heading = new H3();
            heading.addClassName("public-part-heading");
            marked(heading, part.heading().isBlank() ? partName(part.kind()) : part.heading());
            add(heading);
            Paragraphs.of(part.body()).forEach(p -> add(paragraph(p)));
        }
        Div closing = new Div();
        closing.addClassName("public-closing");
        Div office = new Div();
        marked(office, text.closing().office());
        Div date = new Div();
        marked(date, text.closing().date());
        closing.add(office, date);
        add(closing);
    }

    private String partName(PartKind kind) {
        return getTranslation("part." + kind.name());
    }

    private static Paragraph paragraph(String text) {
        Paragraph p = new Paragraph();
        p.addClassName("public-paragraph");
        marked(p, text);
        return p;
    }

    /** Adds the text, each redaction mark in a span of its own. */
    private static void marked(com.vaadin.flow.component.HasComponents into, String text) {
        int at = 0;
        int mark;
        while ((mark = text.indexOf(MARK, at)) >= 0) {
            if (mark > at) {
                into.add(new Span(text.substring(at, mark)));
            }
            Span redacted = new Span(MARK);
            redacted.addClassName("redacted");
            into.add(redacted);
            at = mark + MARK.length();
        }
        if (at < text.length()) {
            into.add(new Span(text.substring(at)));
        }
    }
}
