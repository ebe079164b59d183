package cn.fazhi.flow.check.ui;

import cn.fazhi.flow.check.CheckService;
import cn.fazhi.flow.check.Finding;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** Why the pre-check sent a submission back: its findings, each with its severity and where it stands. */
public class BlockedDialog extends Dialog {

    public BlockedDialog(CheckService checks, List<Finding> findings) {
        setId("findings-dialog");
        setHeaderTitle(getTranslation("editor.blocked.title"));
        UnorderedList list = new UnorderedList();
        for (Finding f : findings) {
            String where = f.part() == null
                    ? getTranslation("editor.finding.whole")
                    : getTranslation("part." + f.part().name());
            if (f.paragraph() != null) {
                where = getTranslation("editor.finding.paragraph", where, f.paragraph());
            }
            Span severity =
                    new Span(getTranslation("editor.severity." + f.severity().name()));
            severity.addClassName("blocked-severity");
            if (f.blocking()) {
                severity.addClassName("blocked-severity-blocking");
            }
            Span line = new Span(getTranslation("editor.finding.line", where, checks.describe(f, getLocale())));
            line.addClassName("finding-text");
            ListItem item = new ListItem(severity, line);
            item.addClassName("finding");
            list.add(item);
        }
        add(new Paragraph(getTranslation("editor.blocked.intro")), list);
        Button close = new Button(getTranslation("editor.blocked.close"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
        setMaxWidth("48em");
    }
}
