package cn.fazhi.flow.org.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getHeader;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractViewTest;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.TownshipKind;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TownshipsViewTest extends AbstractViewTest {

    @Autowired
    OrgService org;

    @BeforeEach
    void county() {
        logout();
        AdminViewFixture.county(org);
    }

    @Test
    void anAdministratorCreatesRenamesAndDeactivatesATownship() {
        TownshipsView view = open();
        int before = _size(view.grid);
        assertThat(_getFormattedRow(view.grid, 0)).contains("甲镇", "镇", "419902-01", "启用");

        _click(_get(Button.class, spec -> spec.withId("township-create")));
        TownshipsView.TownshipDialog dialog = _get(TownshipsView.TownshipDialog.class);
        _setValue(dialog.name, "丙街道");
        _setValue(dialog.kind, TownshipKind.SUBDISTRICT);
        _setValue(dialog.code, "419902-01");
        _click(_get(Button.class, spec -> spec.withId("township-save")));
        assertThat(dialog.error.getText()).isEqualTo("代码 419902-01 已被其他乡镇（街道）使用。");
        assertThat(dialog.isOpened()).isTrue();

        _setValue(dialog.code, "419902-09");
        _click(_get(Button.class, spec -> spec.withId("township-save")));
        assertThat(_size(view.grid)).isEqualTo(before + 1);
        assertThat(_getFormattedRow(view.grid, before)).contains("丙街道", "街道", "419902-09");

        long id = view.grid.getListDataView().getItem(before).id();
        _click(_get(
                _getCellComponent(view.grid, before, "actions"),
                Button.class,
                spec -> spec.withId("township-state-" + id)));
        MockVaadin.clientRoundtrip();
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(_getHeader(confirm)).contains("停用“丙街道”");
        _fireConfirm(confirm);
        assertThat(_getFormattedRow(view.grid, before)).contains("停用");
        assertThat(org.townshipsOfCounty(org.countyId("419902").orElseThrow()))
                .as("a deactivated township stays readable")
                .anyMatch(t -> t.name().equals("丙街道"));
        assertThat(org.activeTownshipsOfCounty(org.countyId("419902").orElseThrow()))
                .noneMatch(t -> t.name().equals("丙街道"));
    }

    @Test
    void theTownshipPageIsForAdministratorsOnly() {
        login("vdrafter");
        UI.getCurrent().navigate(TownshipsView.class);
        assertThat(UI.getCurrent().getChildren().anyMatch(c -> c instanceof TownshipsView))
                .isFalse();
    }

    private TownshipsView open() {
        login(AdminViewFixture.ADMIN);
        UI.getCurrent().navigate(TownshipsView.class);
        return _get(TownshipsView.class);
    }
}
