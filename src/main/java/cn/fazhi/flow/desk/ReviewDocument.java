package cn.fazhi.flow.desk;

import cn.fazhi.flow.report.Paragraphs;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportPart;
import cn.fazhi.flow.report.ui.VersionDiffPanel;
import cn.fazhi.flow.review.CommentView;
import cn.fazhi.flow.review.ui.CommentCards;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;

/**
 * The review page's text column: the version shown with its numbered paragraphs and, beside each, the comments on it
 * (those of earlier rounds with their replies, greyed under their version) and, for a reviewer who may act, the
 * comment action.
 */
class ReviewDocument extends Div {

    /** What the page does when a reviewer comments on a paragraph. */
    @FunctionalInterface
    interface ParagraphAction {
        void comment(PartKind kind, int partNo, int paragraphNo, String text);
    }

    private final ReportContent shown;
    private final int shownVersion;
    private final List<CommentView> comments;
    private final ZoneId zone;
    private final ParagraphAction onComment;
    private final CommentCards.ResolveHandler onResolve;

    /**
     * Version {@code shownVersion}'s text with {@code comments} anchored to it; {@code onComment} and
     * {@code onResolve} null show it without the reviewer's actions.
     */
    ReviewDocument(
            ReportContent shown,
            int shownVersion,
            List<CommentView> comments,
            ZoneId zone,
            ParagraphAction onComment,
            CommentCards.ResolveHandler onResolve) {
        this.shown = shown;
        this.shownVersion = shownVersion;
        this.comments = comments;
        this.zone = zone;
        this.onComment = onComment;
        this.onResolve = onResolve;
        addClassName("review-document");
        setWidthFull();
        renderText();
    }

    /** The cards of the earlier rounds' comments that stand at paragraph {@code paragraphNo} of part {@code kind}. */
    CommentCards earlierCards(PartKind kind, int paragraphNo) {
        return cards(c -> c.version() < shownVersion
                && c.part() == kind
                && Integer.valueOf(paragraphNo).equals(c.anchor()));
    }

    /** The compact cards of the top-level comments that match {@code which}. */
    CommentCards cards(Predicate<CommentView> which) {
        return CommentCards.beside(comments, CommentCards.topLevel(comments, which), shownVersion, zone, onResolve);
    }

    private void renderText() {
        H3 title = new H3(shown.title());
        title.addClassName("report-title");
        add(title);
        for (String line : Paragraphs.of(shown.opening())) {
            add(bodyText(line));
        }
        int partNo = 0;
        for (ReportPart part : shown.parts()) {
            partNo++;
            H4 heading = new H4(
                    part.heading().isBlank()
                            ? getTranslation("part." + part.kind().name())
                            : part.heading());
            heading.addClassName("part-heading");
            add(heading);
            List<String> paragraphs = Paragraphs.of(part.body());
            for (int i = 0; i < paragraphs.size(); i++) {
                add(paragraphRow(part.kind(), partNo, i + 1, paragraphs.get(i)));
            }
            List<CommentView> moved =
                    CommentCards.topLevel(comments, c -> c.part() == part.kind() && c.anchor() == null);
            if (!moved.isEmpty()) {
                Details details = new Details(
                        getTranslation("review.comments.textChanged", moved.size()),
                        CommentCards.beside(comments, moved, shownVersion, zone, onResolve));
                details.addClassName("moved-comments");
                details.setOpened(true);
                add(details);
            }
        }
        Div closing = new Div(
                new Div(shown.closing().office()), new Div(shown.closing().date()));
        closing.addClassName("report-closing");
        add(closing);
    }

    private static Paragraph bodyText(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("report-paragraph");
        return p;
    }

    /** A paragraph with its number, its comment action and, beside it, the comments on it. */
    private Component paragraphRow(PartKind kind, int partNo, int paragraphNo, String text) {
        Div row = new Div();
        row.addClassName("review-paragraph");
        row.setId("p-" + partNo + "-" + paragraphNo);
        Span number = VersionDiffPanel.badge(partNo + "." + paragraphNo);
        number.addClassName("paragraph-no");
        Div body = new Div(bodyText(text));
        body.addClassName("paragraph-body");
        Div beside = new Div();
        beside.addClassName("paragraph-comments");
        if (onComment != null) {
            Button comment = new Button(
                    getTranslation("review.comment.action"),
                    VaadinIcon.COMMENT_O.create(),
                    e -> onComment.comment(kind, partNo, paragraphNo, text));
            comment.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            comment.addClassName("comment-paragraph");
            beside.add(comment);
        }
        beside.add(cards(c -> c.part() == kind && Integer.valueOf(paragraphNo).equals(c.anchor())));
        row.add(number, body, beside);
        return row;
    }
}
