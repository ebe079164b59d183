package cn.fazhi.flow.check.ui;

import cn.fazhi.flow.check.CheckService;
import cn.fazhi.flow.check.RuleSetting;
import cn.fazhi.flow.check.Severity;
import cn.fazhi.flow.org.OrgService;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/**
 * The county's pre-check settings (ADMIN): every rule, switched on or off, with the severity its findings carry in the
 * county ("the rule's own" or another). A change is saved at once; {@link CheckService} checks that the user is an
 * administrator of the county.
 */
@Route("settings/check")
@Menu(title = "menu.checkSettings", order = 8)
@RolesAllowed("ADMIN")
public class CheckSettingsView extends VerticalLayout implements HasDynamicTitle {

    /** The choice in the severity column that keeps the rule's own severity. */
    private static final String STANDARD = "STANDARD";

    private final CheckService checks;
    private final long countyId;
    private final Grid<RuleSetting> grid = new Grid<>();

    public CheckSettingsView(CheckService checks, OrgService org) {
        this.checks = checks;
        this.countyId = org.currentUser().county();
        addClassName("check-settings-view");
        setSizeFull();

        grid.setId("check-settings-grid");
        grid.addComponentColumn(this::ruleLabel)
                .setKey("rule")
                .setHeader(getTranslation("checkSettings.rule"))
                .setFlexGrow(2);
        grid.addColumn(s -> severityName(s.standard().name()))
                .setHeader(getTranslation("checkSettings.standard"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::enabledBox)
                .setKey("enabled")
                .setHeader(getTranslation("checkSettings.enabled"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::severitySelect)
                .setKey("severity")
                .setHeader(getTranslation("checkSettings.severity"))
                .setAutoWidth(true);
        grid.setItems(checks.settings(countyId));

        add(new H2(getTranslation("checkSettings.title")), new Paragraph(getTranslation("checkSettings.intro")), grid);
        setFlexGrow(1, grid);
    }

    /** The rule by its name in the reader's language (the findings panel's), its id small beside it. */
    private Span ruleLabel(RuleSetting setting) {
        Span id = new Span(setting.rule());
        id.addClassName("check-rule-id");
        return new Span(new Text(checks.ruleName(setting.rule(), getLocale())), id);
    }

    private Checkbox enabledBox(RuleSetting setting) {
        Checkbox box = new Checkbox(setting.enabled());
        box.setId("enabled-" + setting.rule());
        box.setAriaLabel(getTranslation("checkSettings.enabled"));
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(setting.rule(), e.getValue(), setting.override());
            }
        });
        return box;
    }

    private Select<String> severitySelect(RuleSetting setting) {
        Select<String> select = new Select<>();
        select.setId("severity-" + setting.rule());
        select.setAriaLabel(getTranslation("checkSettings.severity"));
        List<String> items = new ArrayList<>();
        items.add(STANDARD);
        for (Severity s : Severity.values()) {
            items.add(s.name());
        }
        select.setItems(items);
        select.setItemLabelGenerator(item -> STANDARD.equals(item)
                ? getTranslation(
                        "checkSettings.severity.standard",
                        severityName(setting.standard().name()))
                : severityName(item));
        select.setValue(
                setting.override() == null ? STANDARD : setting.override().name());
        select.setEnabled(setting.enabled());
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(
                        setting.rule(),
                        setting.enabled(),
                        STANDARD.equals(e.getValue()) ? null : Severity.valueOf(e.getValue()));
            }
        });
        return select;
    }

    private void save(String rule, boolean enabled, Severity severity) {
        RuleSetting saved = checks.updateSetting(countyId, rule, enabled, severity);
        grid.setItems(checks.settings(countyId));
        Notification done = Notification.show(getTranslation(
                "checkSettings.saved",
                checks.ruleName(saved.rule(), getLocale()),
                getTranslation(saved.enabled() ? "checkSettings.on" : "checkSettings.off"),
                severityName(saved.effective().name())));
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private String severityName(String severity) {
        return getTranslation("check.severity.%s".formatted(severity));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("checkSettings.pageTitle");
    }
}
