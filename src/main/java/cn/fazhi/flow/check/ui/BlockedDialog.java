package cn.fazhi.flow.check.ui;

import cn.fazhi.flow.check.CheckService;
import cn.fazhi.flow.check.Finding;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/** Why the pre-check sent a submission back: its findings, each with its severity and where it stands. */
public class BlockedDialog extends Dialog {

    public BlockedDialog(CheckService checks, List<Finding> findings) {
        setId("findings-dialog");
        setMaxWidth("48em");
        setHeaderTitle(getTranslation("editor.blocked.title"));
        add(new Paragraph(getTranslation("editor.blocked.intro")), new FindingList(checks, findings));
        Button close = new Button(getTranslation("editor.blocked.close"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
    }
}
