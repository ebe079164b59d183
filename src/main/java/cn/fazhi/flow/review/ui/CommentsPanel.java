package cn.fazhi.flow.review.ui;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.review.CommentService;
import cn.fazhi.flow.review.CommentView;
import cn.fazhi.flow.review.NewComment;
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

    private final CommentService comments;
    private final long reportId;
    private final Runnable replied;

    /** The comments anchored to {@code shown}; {@code replied} runs after a reply is kept. */
    public CommentsPanel(CommentService comments, long reportId, ReportContent shown, ZoneId zone, Runnable replied) {
        this.comments = comments;
        this.reportId = reportId;
        this.replied = replied;
        setId("report-comments");
        setPadding(false);
        List<CommentView> all = comments.list(reportId, shown);
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("comment.none")));
            return;
        }
        if (!CommentCards.roots(all, null).isEmpty()) {
            add(new H4(getTranslation("comment.whole")), new CommentCards(all, null, zone, this::reply));
        }
        for (PartKind kind : PartKind.values()) {
            if (!CommentCards.roots(all, kind).isEmpty()) {
                add(new H4(getTranslation("part." + kind.name())), new CommentCards(all, kind, zone, this::reply));
            }
        }
    }

    private boolean reply(CommentView parent, String text) {
        Integer paragraph =
                parent.part() == null ? null : parent.anchor() != null ? parent.anchor() : parent.paragraph();
        try {
            comments.add(reportId, new NewComment(parent.part(), paragraph, parent.quote(), text, parent.id()));
        } catch (FlowException e) {
            Notification n = Notification.show(getTranslation(e.messageKey(), e.args()));
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
        Notification.show(getTranslation("comment.replied"));
        replied.run();
        return true;
    }
}
