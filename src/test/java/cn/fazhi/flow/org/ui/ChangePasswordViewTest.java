package cn.fazhi.flow.org.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractViewTest;
import cn.fazhi.flow.desk.TasksView;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.Role;
import cn.fazhi.flow.report.ui.ReportsView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A user whose password an administrator set is sent to the change-password page from every page until they change
 * it; the form shows what the service refuses on the field it concerns.
 */
class ChangePasswordViewTest extends AbstractViewTest {

    private static final String START = "Start#2024a";

    @Autowired
    OrgService org;

    private Class<?> shown() {
        return UI.getCurrent()
                .getInternals()
                .getActiveRouterTargetsChain()
                .get(0)
                .getClass();
    }

    private static PasswordField field(String id) {
        return _get(PasswordField.class, spec -> spec.withId(id));
    }

    private static void fill(String current, String next, String repeat) {
        _setValue(field("password-current"), current);
        _setValue(field("password-new"), next);
        _setValue(field("password-repeat"), repeat);
        _click(_get(Button.class, spec -> spec.withId("password-save")));
    }

    @Test
    void everyPageLeadsToTheChangePasswordPageUntilTheUserHasChangedIt() {
        long county = org.countyId("SFX").orElseThrow();
        login("admin");
        org.createUser("cpv-forced", START, "须改密码", null, county, null, EnumSet.of(Role.COUNTY_REVIEWER), Set.of());
        login("cpv-forced");

        UI.getCurrent().navigate(TasksView.class);
        assertThat(shown()).isEqualTo(ChangePasswordView.class);
        UI.getCurrent().navigate(ReportsView.class);
        assertThat(shown()).isEqualTo(ChangePasswordView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("password-why")).getText())
                .startsWith("继续使用之前，请先设置新密码");
        assertThat(_get(Button.class, spec -> spec.withId("password-save")).isEnabled())
                .as("nothing typed yet")
                .isFalse();

        fill(START, "Fresh#2024b", "Fresh#2024c");
        assertThat(field("password-repeat").isInvalid()).isTrue();
        assertThat(field("password-repeat").getErrorMessage()).isEqualTo("两次输入的新密码不一致。");

        fill("Wrong#2024a", "Fresh#2024b", "Fresh#2024b");
        assertThat(field("password-current").getErrorMessage()).isEqualTo("当前密码不正确。");
        assertThat(field("password-new").isInvalid()).isFalse();

        fill(START, "freshpassword", "freshpassword");
        assertThat(field("password-new").getErrorMessage()).isEqualTo("密码须包含小写字母、大写字母、数字、符号四类中的至少 3 类。");
        assertThat(field("password-current").isInvalid()).isFalse();

        fill(START, "Fresh#2024b", "Fresh#2024b");
        assertThat(shown()).as("the start page").isEqualTo(TasksView.class);
        UI.getCurrent().navigate(ReportsView.class);
        assertThat(shown()).isEqualTo(ReportsView.class);
    }

    @Test
    void anyoneMayOpenItToChangeTheirPassword() {
        login("county");
        UI.getCurrent().navigate(ChangePasswordView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("password-why")).getText())
                .isEqualTo("请输入当前密码，再设置新密码。");
        UI.getCurrent().navigate(ReportsView.class);
        assertThat(shown()).isEqualTo(ReportsView.class);
    }
}
