package cn.fazhi.flow.notify.ui;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.notify.NotificationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * 催办: an optional message to the holder of a report's open task, from the report page or from the tracking board
 * (which names the township); a refusal (too soon) shows in the dialog.
 */
public final class UrgeDialog extends Dialog {

    /** The dialog for the report; {@code sent} runs once the message is sent. */
    public UrgeDialog(NotificationService notifications, long reportId, Runnable sent) {
        this(notifications, reportId, null, sent);
    }

    /** The dialog for a township's report, named in its title and in the confirmation. */
    public UrgeDialog(NotificationService notifications, long reportId, String township, Runnable sent) {
        setHeaderTitle(
                township == null
                        ? getTranslation("notify.urge.heading")
                        : getTranslation("notify.urge.headingFor", township));
        setId("urge-dialog");
        TextArea message = new TextArea(getTranslation("notify.urge.message"));
        message.setId("urge-message");
        message.setMaxLength(500);
        message.setWidth("28em");
        Span error = new Span();
        error.setId("urge-error");
        error.addClassName("urge-error");
        error.setVisible(false);
        add(new VerticalLayout(message, error));
        Button send = new Button(getTranslation("notify.urge.send"), e -> {
            try {
                notifications.urge(reportId, message.getValue());
            } catch (FlowException ex) {
                error.setText(getTranslation(ex.messageKey(), ex.args()));
                error.setVisible(true);
                return;
            }
            close();
            Notification.show(
                            township == null
                                    ? getTranslation("notify.urge.sent")
                                    : getTranslation("notify.urge.sentTo", township))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            sent.run();
        });
        send.setId("urge-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("notify.urge.cancel"), e -> close());
        cancel.setId("urge-cancel");
        getFooter().add(cancel, send);
    }
}
