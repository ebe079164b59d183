package cn.fazhi.flow.org.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractViewTest;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.Role;
import cn.fazhi.flow.org.TownshipEntry;
import cn.fazhi.flow.org.UserEntry;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UsersViewTest extends AbstractViewTest {

    @Autowired
    OrgService org;

    @BeforeEach
    void county() {
        logout();
        AdminViewFixture.county(org);
    }

    @Test
    void aNewDrafterGetsAOneTimePasswordShownOnce() {
        UsersView view = open();
        _click(_get(Button.class, spec -> spec.withId("user-create")));
        UserDialog dialog = _get(UserDialog.class);
        assertThat(dialog.township.isVisible()).isFalse();
        _setValue(dialog.login, "vdrafter2");
        _setValue(dialog.name, "乙乡起草人");
        _setValue(dialog.phone, "13900000002");
        _setValue(dialog.roles, Set.of(Role.DRAFTER));
        assertThat(dialog.township.isVisible()).isTrue();
        assertThat(dialog.advised.isVisible()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("user-save")));
        assertThat(dialog.error.getText()).isEqualTo("起草人和乡镇负责人须选择所在乡镇（街道）。");

        TownshipEntry yi = dialog.township
                .getListDataView()
                .getItems()
                .filter(t -> t.name().equals("乙乡"))
                .findFirst()
                .orElseThrow();
        _setValue(dialog.township, yi);
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        OneTimePasswordDialog shown = _get(OneTimePasswordDialog.class);
        assertThat(shown.password.getValue()).hasSize(12);
        assertThat(shown.password.isReadOnly()).isTrue();
        assertThat(org.findUser("vdrafter2").orElseThrow().townshipId()).isEqualTo(yi.id());
        assertThat(view.grid.getListDataView().getItems().map(UserEntry::login)).contains("vdrafter2");
    }

    @Test
    void filtersByTownshipRoleAndState() {
        UsersView view = open();
        _setValue(view.roleFilter, Role.LEGAL_ADVISOR);
        assertThat(view.grid.getListDataView().getItems().map(UserEntry::login)).containsExactly("vadvisor");
        assertThat(_getFormattedRow(view.grid, 0)).anyMatch(cell -> cell.contains("服务：甲镇、乙乡"));
        _setValue(view.roleFilter, null);
        _setValue(view.activeFilter, false);
        assertThat(view.grid.getListDataView().getItems()).allMatch(u -> !u.active());
        _setValue(view.activeFilter, null);
        TownshipEntry jia = view.townshipFilter
                .getListDataView()
                .getItems()
                .filter(t -> t.name().equals("甲镇"))
                .findFirst()
                .orElseThrow();
        _setValue(view.townshipFilter, jia);
        assertThat(view.grid.getListDataView().getItems().map(UserEntry::login))
                .contains("vdrafter", "vadvisor")
                .doesNotContain(AdminViewFixture.ADMIN);
    }

    @Test
    void theLastAdministratorIsToldWhyTheyCannotGo() {
        UsersView view = open();
        long me = org.findUser(AdminViewFixture.ADMIN).orElseThrow().id();
        _click(action(view, me, "user-state-"));
        MockVaadin.clientRoundtrip();
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(org.findUser(AdminViewFixture.ADMIN)).isPresent();
        assertThat(view.grid
                        .getListDataView()
                        .getItems()
                        .filter(u -> u.id() == me)
                        .findFirst()
                        .orElseThrow()
                        .active())
                .isTrue();
    }

    @Test
    void aResetShowsTheNewOneTimePassword() {
        UsersView view = open();
        long drafter = org.findUser("vdrafter").orElseThrow().id();
        _click(action(view, drafter, "user-reset-"));
        MockVaadin.clientRoundtrip();
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(_get(OneTimePasswordDialog.class).password.getValue()).hasSize(12);
    }

    @Test
    void theToolbarLeadsToTheBulkImport() {
        open();
        Button bulk = _get(Button.class, spec -> spec.withId("users-import"));
        assertThat(bulk.getText()).isEqualTo("批量导入");
        _click(bulk);
        assertThat(_get(ImportView.class).isAttached()).isTrue();
    }

    /** A button of the user's row: the grid renders its cells' components only when asked. */
    private static Button action(UsersView view, long userId, String idPrefix) {
        List<UserEntry> rows = view.grid.getListDataView().getItems().toList();
        int row = rows.indexOf(
                rows.stream().filter(u -> u.id() == userId).findFirst().orElseThrow());
        return _get(_getCellComponent(view.grid, row, "actions"), Button.class, spec -> spec.withId(idPrefix + userId));
    }

    private UsersView open() {
        login(AdminViewFixture.ADMIN);
        UI.getCurrent().navigate(UsersView.class);
        return _get(UsersView.class);
    }
}
