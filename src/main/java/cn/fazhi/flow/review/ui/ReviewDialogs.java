package cn.fazhi.flow.review.ui;

import cn.fazhi.flow.base.FlowException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** What the review's dialogs and bars share: the cancel button and how a refusal is told. */
final class ReviewDialogs {

    private ReviewDialogs() {}

    static Button cancel(Dialog dialog) {
        Button cancel = new Button(dialog.getTranslation("review.cancel"), e -> dialog.close());
        cancel.setId("dialog-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return cancel;
    }

    static void failed(Component owner, FlowException e) {
        Notification.show(owner.getTranslation(e.messageKey(), e.args()))
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
