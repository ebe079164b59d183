package cn.fazhi.flow.check.ui;

import cn.fazhi.flow.check.CheckService;
import cn.fazhi.flow.check.Finding;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** Findings as a list in a dialog: each with its severity, where it stands, its message and the rule's name. */
final class FindingList extends UnorderedList {

    FindingList(CheckService checks, List<Finding> findings) {
        addClassName("finding-list");
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
            Span rule = new Span(checks.ruleName(f.rule(), getLocale()));
            rule.addClassName("finding-rule");
            ListItem item = new ListItem(severity, line, rule);
            item.addClassName("finding");
            add(item);
        }
    }
}
