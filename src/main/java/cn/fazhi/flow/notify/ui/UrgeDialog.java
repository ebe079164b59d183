package cn.fazhi.flow.notify.ui;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.notify.NotificationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/** 催办: an optional message to the holder of a report's open task; a refusal (too soon) shows in the dialog. */
public final class UrgeDialog extends Dialog {

    /** The dialog for the report; {@code sent} runs once the message is sent. */
    public UrgeDialog(NotificationService notifications, long reportId, Runnable sent) {
        setHeaderTitle(getTranslation("notify.urge.heading"));
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
            Notification.show(getTranslation("notify.urge.sent"));
            sent.run();
        });
        send.setId("urge-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("notify.urge.cancel"), e -> close());
        cancel.setId("urge-cancel");
        getFooter().add(cancel, send);
    }
}
