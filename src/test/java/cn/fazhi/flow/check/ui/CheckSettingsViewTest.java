package cn.fazhi.flow.check.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractViewTest;
import cn.fazhi.flow.check.CheckService;
import cn.fazhi.flow.check.RuleSetting;
import cn.fazhi.flow.check.Severity;
import cn.fazhi.flow.org.OrgService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The county's pre-check settings page. Every test puts back what it changed: the view tests share one county. */
class CheckSettingsViewTest extends AbstractViewTest {

    @Autowired
    private CheckService checks;

    @Autowired
    private OrgService org;

    @Test
    void theAdministratorSeesEveryRuleWithItsDefaultSeverity() {
        login("admin");
        UI.getCurrent().navigate("settings/check");

        List<List<String>> rows = rows();
        assertThat(rows).hasSize(checks.ruleIds().size());
        assertThat(rows.get(rule("missing-part"))).contains("错误");
        assertThat(name("missing-part")).isEqualTo("缺少必备部分");
        assertThat(name("in-year-wording")).isEqualTo("年中措辞");
        // Every rule by its Chinese name, its id small and muted beside it: no English id stands as a name.
        for (String rule : checks.ruleIds()) {
            assertThat(name(rule)).as(rule).isNotEqualTo(rule).doesNotContainPattern("[a-z]");
            Span id = id(rule);
            assertThat(id.getText()).isEqualTo(rule);
            assertThat(id.getClassNames()).contains("check-rule-id");
        }
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("预审规则设置");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("预审规则设置");
    }

    @Test
    @SuppressWarnings("unchecked")
    void switchingARuleOffAndRaisingAnotherIsSavedAtOnce() {
        login("admin");
        long county = org.currentUser().countyId();
        UI.getCurrent().navigate("settings/check");
        try {
            // Karibu's _setValue changes a value as the browser would (from the client)
            _setValue((Checkbox) cell("part-order", "enabled"), false);
            _setValue((Select<String>) cell("in-year-wording", "severity"), "WARNING");

            assertThat(setting(county, "part-order").enabled()).isFalse();
            assertThat(setting(county, "in-year-wording").effective()).isEqualTo(Severity.WARNING);
            assertThat(NotificationsKt.getNotifications())
                    .extracting(com.github.mvysny.kaributools.NotificationsKt::getText)
                    .contains("已保存：部分顺序，已关闭，级别为提示。", "已保存：年中措辞，已启用，级别为警告。");
            assertThat(((Select<?>) cell("part-order", "severity")).isEnabled())
                    .as("a rule switched off has no severity to choose")
                    .isFalse();
        } finally {
            checks.updateSetting(county, "part-order", true, null);
            checks.updateSetting(county, "in-year-wording", true, null);
        }
    }

    @Test
    void theReviewerHasNoSettingsPage() {
        login("county");
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).doesNotContain("预审规则设置");
    }

    @Test
    void thePageSpeaksEnglish() {
        login("admin");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("settings/check");
        assertThat(grid().getColumns())
                .extracting(Grid.Column::getHeaderText)
                .containsExactly("Rule", "Default severity", "On", "Severity in the county");
        assertThat(name("missing-part")).isEqualTo("Missing part");
    }

    private RuleSetting setting(long county, String rule) {
        return checks.settings(county).stream()
                .filter(s -> s.rule().equals(rule))
                .findFirst()
                .orElseThrow();
    }

    /** The component in a rule's row and a column (the grid renders them per row). */
    private com.vaadin.flow.component.Component cell(String rule, String column) {
        return _getCellComponent(grid(), rule(rule), column);
    }

    /** The row of a rule. */
    private int rule(String rule) {
        Grid<RuleSetting> grid = grid();
        return IntStream.range(0, _size(grid))
                .filter(i -> GridKt._get(grid, i).rule().equals(rule))
                .findFirst()
                .orElseThrow();
    }

    /** The rule's name as its row shows it, without the id beside it. */
    private String name(String rule) {
        Span label = (Span) cell(rule, "rule");
        return label.getElement().getChild(0).getText();
    }

    private Span id(String rule) {
        return _get(cell(rule, "rule"), Span.class, s -> s.withClasses("check-rule-id"));
    }

    @SuppressWarnings("unchecked")
    private Grid<RuleSetting> grid() {
        return _get(Grid.class, g -> g.withId("check-settings-grid"));
    }

    private List<List<String>> rows() {
        Grid<RuleSetting> grid = grid();
        return IntStream.range(0, _size(grid))
                .mapToObj(i -> _getFormattedRow(grid, i))
                .toList();
    }
}
