package cn.fazhi.flow.org.ui;

import cn.fazhi.flow.base.FlowException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;

/**
 * A form of the administration in a dialog, with cancel and save below it: a refusal of the service shows, translated,
 * in the error line under the form and the dialog stays open.
 */
abstract class FormDialog extends Dialog {

    final Span error;

    /** A dialog titled by the translation of {@code titleKey} with {@code args}. */
    FormDialog(String id, String width, String errorId, String saveId, String titleKey, Object... args) {
        setId(id);
        setHeaderTitle(getTranslation(titleKey, args));
        setWidth(width);
        error = AdminRoutes.errorLine(errorId);
        Button save = new Button(getTranslation("admin.save"), e -> {
            try {
                save();
            } catch (FlowException ex) {
                AdminRoutes.show(error, ex);
            }
        });
        save.setId(saveId);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("admin.cancel"), e -> close()), save);
    }

    /** Shows the form, above the error line. */
    void show(FormLayout form) {
        add(form, error);
    }

    /** Calls the service with what the form holds; a {@link FlowException} leaves the dialog open. */
    abstract void save();
}
