package cn.fazhi.flow.check.ui;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.check.CheckService;
import cn.fazhi.flow.check.Finding;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.BooleanSupplier;

/** Asks the drafter why a WARNING or INFO does not apply to the report, then records the reason for the reviewers. */
public class WaiveDialog extends Dialog {

    final TextArea reason = new TextArea();

    /**
     * The dialog for one finding; {@code ready} runs first and may refuse (the text could not be saved), {@code done}
     * after the reason is recorded.
     */
    public WaiveDialog(CheckService checks, long reportId, Finding finding, BooleanSupplier ready, Runnable done) {
        setHeaderTitle(getTranslation("editor.check.waiveTitle"));
        setId("waive-dialog");
        Paragraph what = new Paragraph(checks.describe(finding, getLocale()));
        reason.setLabel(getTranslation("editor.check.reason"));
        reason.setId("waive-reason");
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setMinHeight("6em");
        reason.setMaxLength(1000);
        reason.setHelperText(getTranslation("editor.check.reasonHelp"));
        add(what, reason);
        Button cancel = new Button(getTranslation("editor.check.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button confirm = new Button(getTranslation("editor.check.confirm"), e -> {
            if (reason.getValue().isBlank()) {
                refuse(getTranslation("editor.check.reasonRequired"));
                return;
            }
            if (!ready.getAsBoolean()) {
                return;
            }
            try {
                checks.waive(reportId, finding.rule(), finding.part(), finding.excerpt(), reason.getValue());
            } catch (FlowException ex) {
                refuse(getTranslation(ex.messageKey(), ex.args()));
                return;
            }
            close();
            Notification.show(getTranslation("editor.check.waivedDone"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            done.run();
        });
        confirm.setId("waive-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, confirm);
        setWidth("min(36em, 95vw)");
    }

    private void refuse(String message) {
        reason.setErrorMessage(message);
        reason.setInvalid(true);
    }
}
