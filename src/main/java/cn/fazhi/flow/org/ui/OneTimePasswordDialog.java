package cn.fazhi.flow.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A one-time password, shown once: to be handed to the user, who changes it at the first sign-in. The field is read
 * only and selects itself on focus, so that it is copied with Ctrl+C.
 */
public class OneTimePasswordDialog extends Dialog {

    final TextField password = new TextField();

    public OneTimePasswordDialog(String userName, String login, String oneTimePassword) {
        setId("one-time-password-dialog");
        setHeaderTitle(getTranslation("admin.oneTime.title", userName));
        setMaxWidth("36em");
        Paragraph text = new Paragraph(getTranslation("admin.oneTime.text", login));
        password.setId("one-time-password");
        password.setLabel(getTranslation("admin.oneTime.label"));
        password.setValue(oneTimePassword);
        password.setReadOnly(true);
        password.setAutoselect(true);
        password.setWidthFull();
        password.setHelperText(getTranslation("admin.oneTime.copyHint"));
        add(text, password);
        Button done = new Button(getTranslation("admin.oneTime.done"), e -> close());
        done.setId("one-time-password-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        setCloseOnOutsideClick(false);
    }
}
