package cn.fazhi.flow.review.ui;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.review.Decision;
import cn.fazhi.flow.review.Position;
import cn.fazhi.flow.review.ReviewService;
import cn.fazhi.flow.workflow.ReportReviewProcess;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The reviewer's decision on the step they hold or may claim: claim it, approve it (with an optional comment), or
 * return it with a comment (the county may ask for another legal review). Stays on top while the page scrolls.
 */
public final class DecisionBar extends HorizontalLayout {

    private final ReviewService review;
    private final Position position;
    private final String township;
    private final int year;
    private final Runnable reload;
    private final Runnable decided;

    /**
     * The bar for {@code position}'s step, held by {@code holder} (as shown), on the report of {@code township} and
     * {@code year} the notices name; {@code reload} runs after a claim or a refusal, {@code decided} after a decision.
     */
    public DecisionBar(
            ReviewService review,
            Position position,
            String holder,
            String township,
            int year,
            Runnable reload,
            Runnable decided) {
        this.review = review;
        this.position = position;
        this.township = township;
        this.year = year;
        this.reload = reload;
        this.decided = decided;
        setId("decision-bar");
        addClassName("decision-bar");
        setWidthFull();
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        Span what = new Span(getTranslation("review.step", getTranslation("step." + position.step()), holder));
        add(what);
        setFlexGrow(1, what);
        if (position.assignee() == null) {
            Button claim = new Button(getTranslation("review.claim"), VaadinIcon.HANDS_UP.create(), e -> claim());
            claim.setId("review-claim");
            add(claim);
        }
        Button approve = new Button(getTranslation("review.approve"), VaadinIcon.CHECK.create(), e -> openApprove());
        approve.setId("review-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button giveBack =
                new Button(getTranslation("review.return"), VaadinIcon.ARROW_BACKWARD.create(), e -> openReturn());
        giveBack.setId("review-return");
        giveBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(approve, giveBack);
    }

    private void claim() {
        try {
            review.claim(position.taskId());
            Notification.show(getTranslation("review.claimed")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (FlowException e) {
            ReviewDialogs.failed(this, e);
        }
        reload.run();
    }

    private void openApprove() {
        Dialog dialog = new Dialog(getTranslation("review.approve.title"));
        dialog.setId("approve-dialog");
        TextArea comment = new TextArea(getTranslation("review.approve.comment"));
        comment.setId("approve-comment");
        comment.setWidthFull();
        comment.setMinHeight("8em");
        dialog.add(comment);
        Button confirm = new Button(getTranslation("review.approve.confirm"), e -> {
            if (decide(dialog, comment, Decision.APPROVE, false)) {
                done("review.approved");
            }
        });
        confirm.setId("approve-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        open(dialog, confirm);
    }

    private void openReturn() {
        Dialog dialog = new Dialog(getTranslation("review.return.title"));
        dialog.setId("return-dialog");
        TextArea comment = new TextArea(getTranslation("review.return.comment"));
        comment.setId("return-comment");
        comment.setRequired(true);
        comment.setWidthFull();
        comment.setMinHeight("10em");
        comment.setHelperText(getTranslation("review.return.help"));
        dialog.add(comment);
        Checkbox reReview = new Checkbox(getTranslation("review.return.legalReReview"));
        reReview.setId("return-legal-rereview");
        if (ReportReviewProcess.TASK_COUNTY_REVIEW.equals(position.step())) {
            dialog.add(reReview);
        }
        Button confirm = new Button(getTranslation("review.return.confirm"), e -> {
            if (comment.getValue().isBlank()) {
                comment.setErrorMessage(getTranslation("review.return.commentRequired"));
                comment.setInvalid(true);
                return;
            }
            if (decide(dialog, comment, Decision.RETURN, reReview.getValue())) {
                done("review.returned");
            }
        });
        confirm.setId("return-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        open(dialog, confirm);
    }

    private static void open(Dialog dialog, Button confirm) {
        dialog.getFooter().add(ReviewDialogs.cancel(dialog), confirm);
        dialog.setWidth("min(40em, 95vw)");
        dialog.open();
    }

    /**
     * Sends the decision. A refused comment stays in the dialog with its message; a task that has gone meanwhile closes
     * the dialog and reloads the page with the message.
     */
    private boolean decide(Dialog dialog, TextArea comment, Decision decision, boolean legalReReview) {
        try {
            review.decide(position.taskId(), decision, comment.getValue(), legalReReview);
            dialog.close();
            return true;
        } catch (FlowException e) {
            if (e.kind() == FlowException.Kind.INVALID) {
                comment.setErrorMessage(getTranslation(e.messageKey(), e.args()));
                comment.setInvalid(true);
            } else {
                dialog.close();
                ReviewDialogs.failed(this, e);
                reload.run();
            }
            return false;
        }
    }

    private void done(String key) {
        Notification.show(getTranslation(key, township, String.valueOf(year)))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        decided.run();
    }
}
