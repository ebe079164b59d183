package cn.fazhi.flow.org.ui;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.org.OrgService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;

/**
 * Changing one's own password: the current one, the new one twice, and the rules it must meet. The service checks
 * the rules; what it refuses shows on the field it concerns, and what was typed stays.
 */
class PasswordForm extends VerticalLayout {

    final PasswordField current = new PasswordField();
    final PasswordField next = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();

    PasswordForm(OrgService org, Runnable changed) {
        addClassName("password-form");
        setPadding(false);
        field(current, "password-current", "password.current");
        field(next, "password-new", "password.new");
        next.setHelperText(getTranslation("password.rules"));
        field(repeat, "password-repeat", "password.repeat");

        save.setId("password-save");
        save.setText(getTranslation("password.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        save.addClickListener(e -> submit(org, changed));
        add(current, next, repeat, save);
    }

    private void field(PasswordField field, String id, String label) {
        field.setId(id);
        field.setLabel(getTranslation(label));
        field.setRequiredIndicatorVisible(true);
        field.setWidthFull();
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.addValueChangeListener(e -> save.setEnabled(fields().stream().noneMatch(PasswordField::isEmpty)));
    }

    private List<PasswordField> fields() {
        return List.of(current, next, repeat);
    }

    private void submit(OrgService org, Runnable changed) {
        fields().forEach(f -> f.setInvalid(false));
        if (!next.getValue().equals(repeat.getValue())) {
            refuse(repeat, getTranslation("password.mismatch"));
            return;
        }
        try {
            org.changePassword(current.getValue(), next.getValue());
        } catch (FlowException e) {
            PasswordField concerned = "error.password.currentWrong".equals(e.messageKey()) ? current : next;
            refuse(concerned, getTranslation(e.messageKey(), e.args()));
            return;
        }
        changed.run();
    }

    private static void refuse(PasswordField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
