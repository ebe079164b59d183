package cn.fazhi.flow.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractViewTest;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MainLayoutViewTest extends AbstractViewTest {

    @Autowired
    OrgService org;

    @Test
    void showsTheUsersNameTranslatedRoleAndTownship() {
        login("drafter1");
        UI.getCurrent().navigate(ShellTestView.class);
        assertThat(_get(Span.class, s -> s.withId("current-user")).getText()).isEqualTo("太要镇起草人 · 起草人 · 太要镇");
    }

    @Test
    void aDrafterHasNoCockpitEntry() {
        login("drafter1");
        UI.getCurrent().navigate(ShellTestView.class);
        assertThat(_find(SideNavItem.class, s -> s.withId("menu-cockpit"))).isEmpty();
        assertThat(_find(SideNavItem.class))
                .extracting(SideNavItem::getLabel)
                .doesNotContain("流程监控 Camunda Cockpit（英文）");
    }

    @Test
    void aCountyAdministratorHasNoCockpitEntry() {
        login("admin");
        UI.getCurrent().navigate(ShellTestView.class);
        assertThat(_find(SideNavItem.class, s -> s.withId("menu-cockpit"))).isEmpty();
        assertThat(_get(Span.class, s -> s.withId("current-user")).getText()).isEqualTo("王管理 · 管理员");
    }

    @Test
    void theSystemAdministratorHasTheCockpitOutsideTheRouterAndStartsFromTheCounties() {
        login("sysadmin");
        UI.getCurrent().navigate("");
        assertThat(_get(Grid.class, s -> s.withId("system-counties"))).isNotNull();
        SideNavItem cockpit = _get(SideNavItem.class, s -> s.withId("menu-cockpit"));
        // The Cockpit is the engine's own English tool: its entry says so.
        assertThat(cockpit.getLabel()).isEqualTo("流程监控 Camunda Cockpit（英文）");
        assertThat(cockpit.getPath()).isEqualTo("camunda/app/cockpit/default/");
        assertThat(cockpit.isRouterIgnore()).isTrue();
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).doesNotContain("我的待办", "报告");
        assertThat(_get(Span.class, s -> s.withId("current-user")).getText()).isEqualTo("系统管理员 · 系统管理员");
    }

    @Test
    void theCockpitEntrySaysItIsEnglishInEnglishToo() {
        login("sysadmin");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("");
        assertThat(_get(SideNavItem.class, s -> s.withId("menu-cockpit")).getLabel())
                .isEqualTo("Process monitoring: Camunda Cockpit (English only)");
    }

    @Test
    void aCountysPeopleStartFromTheirTasksAtTheRoot() {
        login("drafter1");
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent()
                        .getInternals()
                        .getActiveRouterTargetsChain()
                        .get(0)
                        .getClass())
                .isEqualTo(cn.fazhi.flow.desk.TasksView.class);
    }

    @Test
    void theHeaderOpensTheDialogToChangeOnesPassword() {
        long county = org.countyId("SFX").orElseThrow();
        logout();
        org.createUser("mlv-pw", "Start#2024a", "改密用户", null, county, null, EnumSet.of(Role.COUNTY_REVIEWER), Set.of());
        login("mlv-pw");
        UI.getCurrent().navigate(ShellTestView.class);

        _click(_get(Button.class, s -> s.withId("change-password")));
        Dialog dialog = _get(Dialog.class, s -> s.withId("change-password-dialog"));
        assertThat(dialog.isOpened()).isTrue();
        _setValue(_get(PasswordField.class, s -> s.withId("password-current")), "Start#2024a");
        _setValue(_get(PasswordField.class, s -> s.withId("password-new")), "Other#2024b");
        _setValue(_get(PasswordField.class, s -> s.withId("password-repeat")), "Other#2024b");
        _click(_get(Button.class, s -> s.withId("password-save")));

        assertThat(dialog.isOpened()).isFalse();
        expectNotifications("密码已修改，您在其他地方的登录已退出。");
        assertThat(org.credentialsCurrent()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void switchingToEnglishSavesTheChoiceAndReloadsInEnglish() {
        login("lead5");
        try {
            UI.getCurrent().navigate(ShellTestView.class);
            assertThat(_get(Span.class, s -> s.withClasses("app-name")).getText())
                    .isEqualTo("法治政府建设年度报告审核");

            _setValue(_get(Select.class, s -> s.withId("language")), Locale.ENGLISH);

            // The page reloads: a new UI, which takes the saved language.
            assertThat(org.findUser("lead5").orElseThrow().locale()).isEqualTo("en");
            UI.getCurrent().navigate(ShellTestView.class);
            assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
            assertThat(_get(Span.class, s -> s.withClasses("app-name")).getText())
                    .isEqualTo("Rule-of-Law Report Review");
            assertThat(_get(Span.class, s -> s.withId("current-user")).getText())
                    .isEqualTo("盘龙彝族乡负责人 · Township lead · 盘龙彝族乡");
        } finally {
            org.changeLocale("zh-CN");
        }
        assertThat(org.findUser("lead5").orElseThrow().locale()).isEqualTo("zh-CN");
    }
}
