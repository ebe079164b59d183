package cn.fazhi.flow.org.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractViewTest;
import cn.fazhi.flow.org.CountyInfo;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SystemViewTest extends AbstractViewTest {

    @Autowired
    OrgService org;

    @Test
    void theSystemAdministratorCreatesACountyAndItsFirstAdministrator() {
        login("sysadmin");
        UI.getCurrent().navigate(SystemView.class);
        SystemView view = _get(SystemView.class);

        _click(_get(Button.class, spec -> spec.withId("county-create")));
        SystemView.CountyDialog dialog = _get(SystemView.CountyDialog.class);
        _setValue(dialog.name, "新建县");
        _setValue(dialog.code, "41990");
        _click(_get(Button.class, spec -> spec.withId("county-save")));
        assertThat(dialog.error.getText()).isEqualTo("行政区划代码须为 6 位数字。");
        _setValue(dialog.code, "419903");
        _click(_get(Button.class, spec -> spec.withId("county-save")));

        List<CountyInfo> rows = view.counties.getListDataView().getItems().toList();
        CountyInfo county =
                rows.stream().filter(c -> c.code().equals("419903")).findFirst().orElseThrow();
        Button add = (Button) _getCellComponent(view.counties, rows.indexOf(county), "actions");
        assertThat(add.getId()).hasValue("county-admin-" + county.id());
        _click(add);
        SystemView.AdminDialog admin = _get(SystemView.AdminDialog.class);
        _setValue(admin.login, "xj-admin");
        _setValue(admin.name, "新建县管理员");
        _setValue(admin.email, "xj@example");
        _click(_get(Button.class, spec -> spec.withId("county-admin-save")));
        assertThat(admin.error.getText()).startsWith("电子邮箱格式不正确");
        _setValue(admin.email, "xj@xj.gov.cn");
        _click(_get(Button.class, spec -> spec.withId("county-admin-save")));

        assertThat(_get(OneTimePasswordDialog.class).password.getValue()).hasSize(12);
        assertThat(org.findUser("xj-admin").orElseThrow().roles()).containsExactly(Role.ADMIN);
        assertThat(org.findUser("xj-admin").orElseThrow().countyId()).isEqualTo(county.id());
    }
}
