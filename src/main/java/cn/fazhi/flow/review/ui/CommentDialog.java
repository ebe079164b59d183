package cn.fazhi.flow.review.ui;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.review.CommentService;
import cn.fazhi.flow.review.NewComment;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Supplier;

/**
 * A reviewer's new comment: on a paragraph, with its text quoted (which the reviewer may narrow to the words the
 * comment is about), or on the whole report. A blank comment or a quote not from the paragraph stays in the dialog.
 */
public final class CommentDialog extends Dialog {

    private final CommentService comments;
    private final long reportId;
    private final Runnable saved;
    private final TextArea text = new TextArea();

    private CommentDialog(CommentService comments, long reportId, Runnable saved) {
        this.comments = comments;
        this.reportId = reportId;
        this.saved = saved;
        setId("comment-dialog");
        text.setLabel(getTranslation("review.comment.text"));
        text.setId("comment-text");
        text.setRequired(true);
        text.setWidthFull();
        text.setMinHeight("8em");
        setWidth("min(44em, 95vw)");
    }

    /** The dialog for paragraph {@code partNo.paragraphNo} of the version shown, whose text is {@code paragraph}. */
    public static CommentDialog onParagraph(
            CommentService comments,
            long reportId,
            PartKind kind,
            int partNo,
            int paragraphNo,
            String paragraph,
            Runnable saved) {
        CommentDialog dialog = new CommentDialog(comments, reportId, saved);
        dialog.setHeaderTitle(dialog.getTranslation("review.comment.title", partNo + "." + paragraphNo));
        TextArea quote = new TextArea(dialog.getTranslation("review.comment.quote.label"));
        quote.setId("comment-quote");
        quote.setValue(paragraph);
        quote.setHelperText(dialog.getTranslation("review.comment.quote.help"));
        quote.setWidthFull();
        quote.setMaxHeight("12em");
        dialog.add(quote, dialog.text);
        dialog.addSave(() -> {
            String q = quote.getValue().strip();
            if (!q.isEmpty() && !paragraph.contains(q)) {
                quote.setErrorMessage(dialog.getTranslation("review.comment.quote.notInParagraph"));
                quote.setInvalid(true);
                return null;
            }
            quote.setInvalid(false);
            return new NewComment(kind, paragraphNo, q, dialog.text.getValue(), null);
        });
        return dialog;
    }

    /** The dialog for a comment on the whole report. */
    public static CommentDialog onWholeReport(CommentService comments, long reportId, Runnable saved) {
        CommentDialog dialog = new CommentDialog(comments, reportId, saved);
        dialog.setHeaderTitle(dialog.getTranslation("review.comment.wholeTitle"));
        dialog.add(dialog.text);
        dialog.addSave(() -> new NewComment(null, null, null, dialog.text.getValue(), null));
        return dialog;
    }

    /** The save button: {@code comment} gives the comment to save, or null when the dialog has shown why not. */
    private void addSave(Supplier<NewComment> comment) {
        Button save = new Button(getTranslation("review.comment.save"), e -> {
            NewComment c = comment.get();
            if (c != null) {
                save(c);
            }
        });
        save.setId("comment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(ReviewDialogs.cancel(this), save);
    }

    private void save(NewComment comment) {
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
        close();
        Notification.show(getTranslation("review.comment.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        saved.run();
    }
}
