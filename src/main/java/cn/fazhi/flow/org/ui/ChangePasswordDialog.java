package cn.fazhi.flow.org.ui;

import cn.fazhi.flow.org.OrgService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Changing one's own password from the header, on whatever page the user is. */
public class ChangePasswordDialog extends Dialog {

    public ChangePasswordDialog(OrgService org) {
        setId("change-password-dialog");
        setHeaderTitle(getTranslation("password.change"));
        setWidth("26em");
        PasswordForm form = new PasswordForm(org, () -> {
            close();
            Notification.show(getTranslation("password.changed")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        add(form);
        Button cancel = new Button(getTranslation("password.cancel"), e -> close());
        cancel.setId("password-cancel");
        getFooter().add(cancel, form.save);
    }
}
