package cn.fazhi.flow.check.ui;

import cn.fazhi.flow.check.CheckService;
import cn.fazhi.flow.check.Finding;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/**
 * Asks before a submission with warnings the drafter has not marked not applicable: lists them, and submits only on
 * "仍然提交"; "返回修改" goes back to the text. Warnings do not block, so the choice is the drafter's.
 */
public class WarningsDialog extends Dialog {

    public WarningsDialog(CheckService checks, List<Finding> warnings, Runnable submit) {
        setId("warnings-dialog");
        setMaxWidth("48em");
        setHeaderTitle(getTranslation("editor.warnings.title", warnings.size()));
        add(new Paragraph(getTranslation("editor.warnings.intro")), new FindingList(checks, warnings));
        Button back = new Button(getTranslation("editor.warnings.back"), e -> close());
        back.setId("warnings-back");
        back.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button anyway = new Button(getTranslation("editor.warnings.submit"), e -> {
            close();
            submit.run();
        });
        anyway.setId("warnings-submit");
        getFooter().add(anyway, back);
    }
}
