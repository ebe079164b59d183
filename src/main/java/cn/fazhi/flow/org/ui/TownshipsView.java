package cn.fazhi.flow.org.ui;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.org.OrgAdministration;
import cn.fazhi.flow.org.TownshipEntry;
import cn.fazhi.flow.org.TownshipForm;
import cn.fazhi.flow.org.TownshipKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 乡镇管理 (the county's ADMIN): the county's townships, active or not; a new one, a rename or another kind or code
 * in a dialog; deactivation (no report in a new campaign, history stays) and reactivation after a confirmation.
 */
@Route(AdminRoutes.TOWNSHIPS)
@Menu(title = "menu.admin.townships", order = 9)
@RolesAllowed("ADMIN")
public class TownshipsView extends VerticalLayout implements HasDynamicTitle {

    private final OrgAdministration admin;
    final Grid<TownshipEntry> grid = new Grid<>();

    public TownshipsView(OrgAdministration admin) {
        this.admin = admin;
        addClassName("townships-view");
        setSizeFull();

        Button create = new Button(getTranslation("admin.township.create"), VaadinIcon.PLUS.create());
        create.setId("township-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> new TownshipDialog(null).open());
        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("admin.township.heading")), create);
        top.setWidthFull();
        top.setAlignItems(Alignment.BASELINE);
        top.expand(top.getComponentAt(0));

        grid.setId("townships-grid");
        grid.addColumn(TownshipEntry::name)
                .setHeader(getTranslation("admin.township.name"))
                .setFlexGrow(2);
        grid.addColumn(t -> getTranslation("township.kind." + t.kind().name()))
                .setHeader(getTranslation("admin.township.kind"))
                .setAutoWidth(true);
        grid.addColumn(TownshipEntry::code)
                .setHeader(getTranslation("admin.township.code"))
                .setAutoWidth(true);
        AdminRoutes.stateAndActions(grid, TownshipEntry::active, this::actions);
        grid.setEmptyStateText(getTranslation("admin.township.empty"));
        add(top, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(admin.townships());
    }

    private HorizontalLayout actions(TownshipEntry township) {
        Button edit = new Button(getTranslation("admin.edit"), e -> new TownshipDialog(township).open());
        edit.setId("township-edit-" + township.id());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button state = new Button(getTranslation(township.active() ? "admin.deactivate" : "admin.activate"));
        state.setId("township-state-" + township.id());
        state.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        state.addClickListener(e -> confirmState(township));
        HorizontalLayout actions = new HorizontalLayout(edit, state);
        actions.setSpacing(false);
        return actions;
    }

    private void confirmState(TownshipEntry township) {
        boolean deactivate = township.active();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("township-state-confirm");
        confirm.setHeader(getTranslation(
                deactivate ? "admin.township.deactivateTitle" : "admin.township.activateTitle", township.name()));
        confirm.setText(getTranslation(deactivate ? "admin.township.deactivateText" : "admin.township.activateText"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.cancel"));
        confirm.setConfirmText(getTranslation(deactivate ? "admin.deactivate" : "admin.activate"));
        confirm.addConfirmListener(e -> {
            try {
                admin.updateTownship(township.id(), new TownshipForm(null, null, null, null, !deactivate));
                refresh();
            } catch (FlowException ex) {
                AdminRoutes.notifyRefused(this, ex);
            }
        });
        confirm.open();
    }

    /** A new township (null) or the change of one. */
    class TownshipDialog extends FormDialog {

        final TextField name = new TextField();
        final Select<TownshipKind> kind = new Select<>();
        final TextField code = new TextField();
        private final TownshipEntry township;

        TownshipDialog(TownshipEntry township) {
            super(
                    "township-dialog",
                    "min(32em, 95vw)",
                    "township-error",
                    "township-save",
                    township == null ? "admin.township.create" : "admin.township.edit");
            this.township = township;
            name.setId("township-name");
            name.setLabel(getTranslation("admin.township.name"));
            name.setRequired(true);
            name.setMaxLength(100);
            kind.setId("township-kind");
            kind.setLabel(getTranslation("admin.township.kind"));
            kind.setItems(TownshipKind.values());
            kind.setItemLabelGenerator(k -> getTranslation("township.kind." + k.name()));
            kind.setValue(TownshipKind.TOWN);
            code.setId("township-code");
            code.setLabel(getTranslation("admin.township.code"));
            code.setHelperText(getTranslation("admin.township.codeHelp"));
            code.setRequired(true);
            code.setMaxLength(32);
            if (township != null) {
                name.setValue(township.name());
                kind.setValue(township.kind());
                code.setValue(township.code());
            }
            FormLayout form = new FormLayout(name, kind, code);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
            show(form);
        }

        @Override
        void save() {
            TownshipForm form = new TownshipForm(null, name.getValue(), kind.getValue(), code.getValue(), null);
            if (township == null) {
                admin.createTownship(form);
            } else {
                admin.updateTownship(township.id(), form);
            }
            close();
            refresh();
            AdminRoutes.notifyDone(TownshipsView.this, "admin.saved");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.township.pageTitle");
    }
}
