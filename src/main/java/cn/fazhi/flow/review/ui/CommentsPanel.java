package cn.fazhi.flow.review.ui;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.review.CommentService;
import cn.fazhi.flow.review.CommentView;
import cn.fazhi.flow.review.NewComment;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.util.List;

/**
 * Every comment on a report, anchored to the text given: those on the whole report, then those on each part under
 * the part's name, each with its replies and a reply box.
 */
public final class CommentsPanel extends VerticalLayout {

    /** The comments anchored to {@code shown}; {@code replied} runs after a reply is kept. */
    public CommentsPanel(CommentService comments, long reportId, ReportContent shown, ZoneId zone, Runnable replied) {
        setId("report-comments");
        setPadding(false);
        List<CommentView> all = comments.list(reportId, shown);
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("comment.none")));
            return;
        }
        CommentCards.ReplyHandler handler = replies(comments, reportId, replied);
        if (!CommentCards.roots(all, null).isEmpty()) {
            add(new H4(getTranslation("comment.whole")), new CommentCards(all, null, zone, handler));
        }
        for (PartKind kind : PartKind.values()) {
            if (!CommentCards.roots(all, kind).isEmpty()) {
                add(new H4(getTranslation("part." + kind.name())), new CommentCards(all, kind, zone, handler));
            }
        }
    }

    /**
     * The reply box's handler for a report's comments, wherever its cards are laid out: keeps the reply (anchored where
     * its parent is), says so, and runs {@code replied}; a refusal is shown and the box keeps the text.
     */
    public static CommentCards.ReplyHandler replies(CommentService comments, long reportId, Runnable replied) {
        return (parent, text) -> {
            UI ui = UI.getCurrent();
            Integer paragraph =
                    parent.part() == null ? null : parent.anchor() != null ? parent.anchor() : parent.paragraph();
            try {
                comments.add(reportId, new NewComment(parent.part(), paragraph, parent.quote(), text, parent.id()));
            } catch (FlowException e) {
                Notification n = Notification.show(ui.getTranslation(e.messageKey(), e.args()));
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
                return false;
            }
            Notification.show(ui.getTranslation("comment.replied"));
            replied.run();
            return true;
        };
    }
}
