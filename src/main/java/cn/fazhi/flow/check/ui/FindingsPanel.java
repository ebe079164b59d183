package cn.fazhi.flow.check.ui;

import cn.fazhi.flow.check.CheckService;
import cn.fazhi.flow.check.Finding;
import cn.fazhi.flow.check.ReportFinding;
import cn.fazhi.flow.check.Severity;
import cn.fazhi.flow.check.Waiver;
import cn.fazhi.flow.report.PartKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The pre-check's findings of a report, grouped by part (the title, opening and closing first): each with its severity
 * in colour, the rule, where it stands, its message, the excerpt and the suggested fix, and — when the drafter marked
 * it not applicable — the reason. The editor lets a click jump to the text and offers "不适用" on a WARNING or INFO;
 * the review page only reads.
 */
public class FindingsPanel extends Div {

    private final CheckService checks;
    private final Consumer<Finding> onJump;
    private final Consumer<Finding> onWaive;
    private final Consumer<Waiver> onUnwaive;
    private final Span summary = new Span();
    private final Div groups = new Div();
    /** Waivers' authors by login: the editor shows the findings again on every change, one lookup a person will do. */
    private final Map<String, String> waiverAuthors = new HashMap<>();

    /** A panel; a null callback leaves its action out. */
    public FindingsPanel(
            CheckService checks,
            boolean withTitle,
            Consumer<Finding> onJump,
            Consumer<Finding> onWaive,
            Consumer<Waiver> onUnwaive) {
        this.checks = checks;
        this.onJump = onJump;
        this.onWaive = onWaive;
        this.onUnwaive = onUnwaive;
        addClassName("findings-panel");
        summary.addClassName("findings-summary");
        groups.addClassName("findings-groups");
        if (withTitle) {
            H3 title = new H3(getTranslation("check.ui.title"));
            title.addClassName("findings-title");
            add(title);
        }
        add(summary, groups);
    }

    /** Shows these findings instead of the ones shown so far. */
    public void show(List<ReportFinding> findings) {
        groups.removeAll();
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        findings.forEach(f -> counts.merge(f.finding().severity(), 1, Integer::sum));
        summary.setText(
                findings.isEmpty()
                        ? getTranslation("check.ui.none")
                        : getTranslation(
                                "check.ui.summary",
                                counts.getOrDefault(Severity.ERROR, 0),
                                counts.getOrDefault(Severity.WARNING, 0),
                                counts.getOrDefault(Severity.INFO, 0)));
        Map<PartKind, List<ReportFinding>> byPart = new LinkedHashMap<>();
        List<ReportFinding> general = new ArrayList<>();
        for (PartKind kind : PartKind.values()) {
            byPart.put(kind, new ArrayList<>());
        }
        for (ReportFinding f : findings) {
            if (f.finding().part() == null) {
                general.add(f);
            } else {
                byPart.get(f.finding().part()).add(f);
            }
        }
        addGroup("general", getTranslation("check.ui.general"), general);
        byPart.forEach((kind, list) -> addGroup(kind.name(), getTranslation("part." + kind.name()), list));
    }

    private void addGroup(String id, String name, List<ReportFinding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        Div group = new Div();
        group.addClassName("findings-group");
        group.setId("findings-" + id);
        H4 heading = new H4(name);
        heading.addClassName("findings-group-heading");
        group.add(heading);
        findings.forEach(f -> group.add(card(f)));
        groups.add(group);
    }

    private Div card(ReportFinding rf) {
        Finding f = rf.finding();
        Div card = new Div();
        card.addClassName("check-finding");
        card.addClassName("check-finding-" + f.severity().name().toLowerCase(Locale.ROOT));
        if (rf.waived()) {
            card.addClassName("check-finding-waived");
        }
        card.getElement().setAttribute("data-rule", f.rule());

        Span severity = new Span(
                getTranslation("check.severity.%s".formatted(f.severity().name())));
        severity.addClassName("check-severity");
        Span rule = new Span(checks.ruleName(f.rule(), getLocale()));
        rule.addClassName("check-rule");
        Span place = new Span(place(f));
        place.addClassName("check-place");
        Div top = new Div(severity, rule, place);
        card.add(top);

        Div message = new Div(checks.describe(f, getLocale()));
        message.addClassName("check-message");
        if (onJump != null) {
            message.addClassName("check-jump");
            message.getElement().setAttribute("title", getTranslation("check.ui.jump"));
            message.getElement().setAttribute("tabindex", "0");
            message.getElement().setAttribute("role", "button");
            message.addClickListener(e -> onJump.accept(f));
            message.getElement()
                    .addEventListener("keydown", e -> onJump.accept(f))
                    .setFilter("event.key === 'Enter' || event.key === ' '");
        }
        card.add(message);
        if (!f.excerpt().isBlank()) {
            Div excerpt = new Div(getTranslation("check.ui.excerpt", f.excerpt()));
            excerpt.addClassName("check-excerpt");
            card.add(excerpt);
        }
        String suggestion = checks.suggestion(f, getLocale());
        if (!suggestion.isBlank()) {
            Div fix = new Div(getTranslation("check.ui.suggestion", suggestion));
            fix.addClassName("check-suggestion");
            card.add(fix);
        }
        if (rf.waived()) {
            Waiver w = rf.waiver();
            Div waiver = new Div(getTranslation(
                    "check.ui.waived",
                    w.reason(),
                    waiverAuthors.computeIfAbsent(w.waivedBy(), login -> checks.waivedByName(w))));
            waiver.addClassName("check-waiver");
            card.add(waiver);
            if (onUnwaive != null) {
                Button undo = new Button(getTranslation("check.ui.unwaive"), e -> onUnwaive.accept(w));
                undo.addClassName("check-unwaive");
                undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                card.add(undo);
            }
        } else if (onWaive != null && !f.blocking()) {
            Button waive = new Button(getTranslation("check.ui.waive"), e -> onWaive.accept(f));
            waive.addClassName("check-waive");
            waive.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            card.add(waive);
        }
        return card;
    }

    private String place(Finding f) {
        if (f.paragraph() != null) {
            return getTranslation("check.ui.paragraph", f.paragraph());
        }
        if (f.line() != null) {
            return getTranslation("check.ui.line", f.line());
        }
        return "";
    }
}
