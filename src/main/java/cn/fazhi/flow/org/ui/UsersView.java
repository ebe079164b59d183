package cn.fazhi.flow.org.ui;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.org.OrgAdministration;
import cn.fazhi.flow.org.Role;
import cn.fazhi.flow.org.TownshipEntry;
import cn.fazhi.flow.org.UserEntry;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * 用户管理 (the county's ADMIN): the county's users, filtered by township, role and state; a new user or a change in a
 * dialog (roles, the township of a drafter or lead, the townships an advisor serves); the one-time password of a new
 * user or a reset, shown once; deactivation and reactivation after a confirmation (never deletion). The bulk import
 * (its own panel) opens from the toolbar.
 */
@Route(AdminRoutes.USERS)
@Menu(title = "menu.admin.users", order = 10)
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    /** The roles a county's administrator gives. */
    static final List<Role> COUNTY_ROLES =
            Stream.of(Role.values()).filter(Role::ofCounty).toList();

    private final OrgAdministration admin;
    private List<TownshipEntry> townships = List.of();
    private Map<Long, TownshipEntry> townshipsById = Map.of();
    private List<UserEntry> all = List.of();

    final Grid<UserEntry> grid = new Grid<>();
    final Select<TownshipEntry> townshipFilter = new Select<>();
    final Select<Role> roleFilter = new Select<>();
    final Select<Boolean> activeFilter = new Select<>();

    public UsersView(OrgAdministration admin) {
        this.admin = admin;
        addClassName("users-view");
        setSizeFull();

        Button create = new Button(getTranslation("admin.user.create"), VaadinIcon.PLUS.create());
        create.setId("user-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> new UserDialog(admin, townships, null, this::refresh).open());
        // Many users at once: the bulk import's own page (an .xlsx template, a preview, all or nothing).
        Button bulk = new Button(getTranslation("menu.import"), VaadinIcon.UPLOAD.create());
        bulk.setId("users-import");
        bulk.addClickListener(e -> UI.getCurrent().navigate(ImportView.class));
        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("admin.user.heading")), bulk, create);
        top.setWidthFull();
        top.setAlignItems(Alignment.BASELINE);
        top.expand(top.getComponentAt(0));

        townshipFilter.setId("users-filter-township");
        townshipFilter.setLabel(getTranslation("admin.user.township"));
        townshipFilter.setEmptySelectionAllowed(true);
        townshipFilter.setEmptySelectionCaption(getTranslation("admin.filter.all"));
        townshipFilter.setItemLabelGenerator(t -> t == null ? getTranslation("admin.filter.all") : t.name());
        roleFilter.setId("users-filter-role");
        roleFilter.setLabel(getTranslation("admin.user.roles"));
        roleFilter.setItems(COUNTY_ROLES);
        roleFilter.setEmptySelectionAllowed(true);
        roleFilter.setEmptySelectionCaption(getTranslation("admin.filter.all"));
        roleFilter.setItemLabelGenerator(r -> r == null ? getTranslation("admin.filter.all") : roleName(r));
        activeFilter.setId("users-filter-active");
        activeFilter.setLabel(getTranslation("admin.state"));
        activeFilter.setItems(true, false);
        activeFilter.setEmptySelectionAllowed(true);
        activeFilter.setEmptySelectionCaption(getTranslation("admin.filter.all"));
        activeFilter.setItemLabelGenerator(a ->
                a == null ? getTranslation("admin.filter.all") : getTranslation(a ? "admin.active" : "admin.inactive"));
        townshipFilter.addValueChangeListener(e -> filter());
        roleFilter.addValueChangeListener(e -> filter());
        activeFilter.addValueChangeListener(e -> filter());
        HorizontalLayout filters = new HorizontalLayout(townshipFilter, roleFilter, activeFilter);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("users-grid");
        grid.addColumn(UserEntry::name)
                .setHeader(getTranslation("admin.user.name"))
                .setFlexGrow(1);
        grid.addColumn(UserEntry::login)
                .setHeader(getTranslation("admin.user.login"))
                .setAutoWidth(true);
        grid.addColumn(u -> u.roles().stream().sorted().map(this::roleName).collect(Collectors.joining("、")))
                .setHeader(getTranslation("admin.user.roles"))
                .setFlexGrow(1);
        grid.addColumn(this::place)
                .setHeader(getTranslation("admin.user.place"))
                .setFlexGrow(2);
        grid.addColumn(u -> u.phone() == null ? "" : u.phone())
                .setHeader(getTranslation("admin.user.phone"))
                .setAutoWidth(true);
        AdminRoutes.stateAndActions(grid, UserEntry::active, this::actions);
        grid.setEmptyStateText(getTranslation("admin.user.empty"));
        add(top, filters, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    void refresh() {
        townships = admin.townships();
        townshipsById = townships.stream().collect(Collectors.toMap(TownshipEntry::id, Function.identity()));
        TownshipEntry selected = townshipFilter.getValue();
        townshipFilter.setItems(townships);
        if (selected != null) {
            townships.stream().filter(t -> t.id() == selected.id()).findFirst().ifPresent(townshipFilter::setValue);
        }
        all = admin.users();
        filter();
    }

    private void filter() {
        TownshipEntry township = townshipFilter.getValue();
        Role role = roleFilter.getValue();
        Boolean active = activeFilter.getValue();
        grid.setItems(all.stream()
                .filter(u -> township == null
                        || Objects.equals(u.townshipId(), township.id())
                        || u.advisedTownshipIds().contains(township.id()))
                .filter(u -> role == null || u.roles().contains(role))
                .filter(u -> active == null || u.active() == active)
                .toList());
    }

    /** The township of a drafter or lead, the townships an advisor serves. */
    private String place(UserEntry user) {
        String own = user.townshipId() == null ? null : name(user.townshipId());
        String advised = user.advisedTownshipIds().stream()
                .map(townshipsById::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(TownshipEntry::code))
                .map(TownshipEntry::name)
                .collect(Collectors.joining("、"));
        if (own != null && !advised.isEmpty()) {
            return own + "；" + getTranslation("admin.user.advises", advised);
        }
        if (!advised.isEmpty()) {
            return getTranslation("admin.user.advises", advised);
        }
        return own == null ? "" : own;
    }

    private String name(long townshipId) {
        TownshipEntry township = townshipsById.get(townshipId);
        return township == null ? "" : township.name();
    }

    private String roleName(Role role) {
        return getTranslation("role." + role.name());
    }

    private HorizontalLayout actions(UserEntry user) {
        Button edit = new Button(
                getTranslation("admin.edit"), e -> new UserDialog(admin, townships, user, this::refresh).open());
        edit.setId("user-edit-" + user.id());
        Button reset = new Button(getTranslation("admin.user.reset"), e -> confirmReset(user));
        reset.setId("user-reset-" + user.id());
        Button state = new Button(getTranslation(user.active() ? "admin.deactivate" : "admin.activate"));
        state.setId("user-state-" + user.id());
        state.addClickListener(e -> confirmState(user));
        Stream.of(edit, reset, state)
                .forEach(b -> b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY));
        HorizontalLayout actions = new HorizontalLayout(edit, reset, state);
        actions.setSpacing(false);
        return actions;
    }

    private void confirmReset(UserEntry user) {
        ConfirmDialog confirm = confirm("user-reset-confirm", "admin.user.resetTitle", "admin.user.resetText", user);
        confirm.setConfirmText(getTranslation("admin.user.reset"));
        confirm.addConfirmListener(e -> {
            try {
                String oneTime = admin.resetPassword(user.id());
                new OneTimePasswordDialog(user.name(), user.login(), oneTime).open();
            } catch (FlowException ex) {
                AdminRoutes.notifyRefused(this, ex);
            }
        });
        confirm.open();
    }

    private void confirmState(UserEntry user) {
        boolean deactivate = user.active();
        ConfirmDialog confirm = confirm(
                "user-state-confirm",
                deactivate ? "admin.user.deactivateTitle" : "admin.user.activateTitle",
                deactivate ? "admin.user.deactivateText" : "admin.user.activateText",
                user);
        confirm.setConfirmText(getTranslation(deactivate ? "admin.deactivate" : "admin.activate"));
        confirm.addConfirmListener(e -> {
            try {
                if (deactivate) {
                    admin.deactivateUser(user.id());
                } else {
                    admin.activateUser(user.id());
                }
                refresh();
            } catch (FlowException ex) {
                AdminRoutes.notifyRefused(this, ex);
            }
        });
        confirm.open();
    }

    private ConfirmDialog confirm(String id, String titleKey, String textKey, UserEntry user) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId(id);
        confirm.setHeader(getTranslation(titleKey, user.name()));
        confirm.setText(getTranslation(textKey, user.name()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.cancel"));
        return confirm;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.user.pageTitle");
    }
}
