package cn.fazhi.flow.campaign.ui;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.campaign.BoardRow;
import cn.fazhi.flow.campaign.CampaignService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;

/** Urges (催办) one township about its report, with an optional message. */
class UrgeDialog extends Dialog {

    UrgeDialog(CampaignService campaigns, BoardRow row) {
        setHeaderTitle(getTranslation("campaign.urge.title", row.township()));
        TextArea message = new TextArea(getTranslation("campaign.urge.message"));
        message.setMaxLength(500);
        message.setWidthFull();
        Button send = new Button(getTranslation("campaign.urge.send"), e -> {
            try {
                campaigns.urge(row.reportId(), message.getValue());
                close();
                Notification.show(getTranslation("campaign.urge.sent", row.township()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (FlowException ex) {
                error(this, ex);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(message);
        getFooter().add(new Button(getTranslation("campaign.cancel"), e -> close()), send);
    }

    /** The service's refusal, translated, in an error notification. */
    static void error(Component where, FlowException e) {
        Notification n = Notification.show(where.getTranslation(e.messageKey(), e.args()));
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
