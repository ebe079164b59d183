package cn.fazhi.flow.org.ui;

import cn.fazhi.flow.org.NewAccount;
import cn.fazhi.flow.org.OrgAdministration;
import cn.fazhi.flow.org.Role;
import cn.fazhi.flow.org.TownshipEntry;
import cn.fazhi.flow.org.UserEntry;
import cn.fazhi.flow.org.UserForm;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A new user of the county (user null) or the change of one, on 用户管理: roles, the township of a drafter or lead, the
 * townships an advisor serves; the login stays as created. A new user's one-time password is shown once.
 */
class UserDialog extends FormDialog {

    final TextField login = new TextField();
    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final ComboBox<TownshipEntry> township = new ComboBox<>();
    final MultiSelectComboBox<TownshipEntry> advised = new MultiSelectComboBox<>();
    private final OrgAdministration admin;
    private final UserEntry user;
    private final Runnable saved;

    /** {@code saved} runs after the service stored the user (to show the list again). */
    UserDialog(OrgAdministration admin, List<TownshipEntry> townships, UserEntry user, Runnable saved) {
        super(
                "user-dialog",
                "min(44em, 95vw)",
                "user-error",
                "user-save",
                user == null ? "admin.user.create" : "admin.user.edit");
        this.admin = admin;
        this.user = user;
        this.saved = saved;
        Map<Long, TownshipEntry> townshipsById =
                townships.stream().collect(Collectors.toMap(TownshipEntry::id, Function.identity()));
        login.setId("user-login");
        login.setLabel(getTranslation("admin.user.login"));
        login.setHelperText(getTranslation("admin.user.loginHelp"));
        login.setRequired(true);
        login.setMaxLength(64);
        name.setId("user-name");
        name.setLabel(getTranslation("admin.user.name"));
        name.setRequired(true);
        name.setMaxLength(100);
        email.setId("user-email");
        email.setLabel(getTranslation("admin.user.email"));
        phone.setId("user-phone");
        phone.setLabel(getTranslation("admin.user.phone"));
        phone.setMaxLength(32);
        roles.setId("user-roles");
        roles.setLabel(getTranslation("admin.user.roles"));
        roles.setItems(UsersView.COUNTY_ROLES);
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        township.setId("user-township");
        township.setLabel(getTranslation("admin.user.township"));
        township.setHelperText(getTranslation("admin.user.townshipHelp"));
        township.setItems(townships.stream().filter(TownshipEntry::active).toList());
        township.setItemLabelGenerator(TownshipEntry::name);
        advised.setId("user-advised");
        advised.setLabel(getTranslation("admin.user.advised"));
        advised.setItems(townships);
        advised.setItemLabelGenerator(TownshipEntry::name);
        roles.addValueChangeListener(e -> placement());
        if (user != null) {
            login.setValue(user.login());
            login.setReadOnly(true);
            name.setValue(user.name());
            email.setValue(user.email() == null ? "" : user.email());
            phone.setValue(user.phone() == null ? "" : user.phone());
            roles.setValue(user.roles());
            if (user.townshipId() != null) {
                township.setItems(townships.stream()
                        .filter(t -> t.active() || t.id() == user.townshipId())
                        .toList());
                township.setValue(townshipsById.get(user.townshipId()));
            }
            advised.setValue(user.advisedTownshipIds().stream()
                    .map(townshipsById::get)
                    .filter(Objects::nonNull)
                    .collect(Collectors.toSet()));
        }
        placement();
        FormLayout form = new FormLayout(login, name, email, phone, roles, township, advised);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(roles, 2);
        form.setColspan(advised, 2);
        show(form);
    }

    /** The township only for a drafter or lead, the advised townships only for an advisor. */
    private void placement() {
        Set<Role> chosen = roles.getValue();
        township.setVisible(chosen.contains(Role.DRAFTER) || chosen.contains(Role.TOWNSHIP_LEAD));
        advised.setVisible(chosen.contains(Role.LEGAL_ADVISOR));
    }

    @Override
    void save() {
        UserForm form = new UserForm(
                login.getValue(),
                name.getValue(),
                email.getValue(),
                phone.getValue(),
                roles.getValue(),
                null,
                township.isVisible() && township.getValue() != null
                        ? township.getValue().id()
                        : null,
                advised.isVisible()
                        ? advised.getValue().stream().map(TownshipEntry::id).collect(Collectors.toSet())
                        : Set.of());
        if (user == null) {
            NewAccount created = admin.createUser(form);
            close();
            saved.run();
            new OneTimePasswordDialog(name.getValue().strip(), login.getValue().strip(), created.oneTimePassword())
                    .open();
        } else {
            admin.updateUser(user.id(), form);
            close();
            saved.run();
            AdminRoutes.notifyDone(this, "admin.saved");
        }
    }
}
