package cn.fazhi.flow.org.ui;

import cn.fazhi.flow.org.CountyInfo;
import cn.fazhi.flow.org.NewAccount;
import cn.fazhi.flow.org.OrgAdministration;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The system administrator's start page: the counties this installation serves, a new county, and a county's
 * administrator (the first one, or another) with a one-time password shown once. The engine's Cockpit, theirs alone,
 * is in the menu.
 */
@Route("system")
@Menu(title = "menu.system", order = 20)
@RolesAllowed("SYSTEM_ADMIN")
public class SystemView extends VerticalLayout implements HasDynamicTitle {

    private final OrgAdministration admin;
    final Grid<CountyInfo> counties = new Grid<>();

    public SystemView(OrgAdministration admin) {
        this.admin = admin;
        addClassName("system-view");
        setSizeFull();
        counties.setId("system-counties");
        counties.addColumn(CountyInfo::name)
                .setHeader(getTranslation("system.county.name"))
                .setFlexGrow(2);
        counties.addColumn(CountyInfo::code)
                .setHeader(getTranslation("system.county.code"))
                .setAutoWidth(true);
        counties.addColumn(CountyInfo::townships)
                .setHeader(getTranslation("system.county.townships"))
                .setAutoWidth(true);
        counties.addColumn(CountyInfo::users)
                .setHeader(getTranslation("system.county.users"))
                .setAutoWidth(true);
        counties.addComponentColumn(this::addAdmin)
                .setKey("actions")
                .setHeader(getTranslation("admin.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        counties.setEmptyStateText(getTranslation("system.county.empty"));
        Paragraph intro = new Paragraph(getTranslation("system.intro"));
        intro.addClassName("system-intro");
        Button create = new Button(getTranslation("system.county.create"), VaadinIcon.PLUS.create());
        create.setId("county-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> new CountyDialog().open());
        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("system.heading")), create);
        top.setWidthFull();
        top.setAlignItems(Alignment.BASELINE);
        top.expand(top.getComponentAt(0));
        add(top, intro, counties);
        setFlexGrow(1, counties);
        refresh();
    }

    private void refresh() {
        counties.setItems(admin.counties());
    }

    private Button addAdmin(CountyInfo county) {
        Button add = new Button(getTranslation("system.admin.create"), e -> new AdminDialog(county).open());
        add.setId("county-admin-" + county.id());
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return add;
    }

    class CountyDialog extends FormDialog {

        final TextField name = new TextField();
        final TextField code = new TextField();

        CountyDialog() {
            super("county-dialog", "min(30em, 95vw)", "county-error", "county-save", "system.county.create");
            name.setId("county-name");
            name.setLabel(getTranslation("system.county.name"));
            name.setRequired(true);
            code.setId("county-code");
            code.setLabel(getTranslation("system.county.code"));
            code.setHelperText(getTranslation("system.county.codeHelp"));
            code.setMaxLength(6);
            code.setRequired(true);
            FormLayout form = new FormLayout(name, code);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
            show(form);
        }

        @Override
        void save() {
            admin.createCounty(name.getValue(), code.getValue());
            close();
            refresh();
            AdminRoutes.notifyDone(SystemView.this, "admin.saved");
        }
    }

    class AdminDialog extends FormDialog {

        final TextField login = new TextField();
        final TextField name = new TextField();
        final EmailField email = new EmailField();
        final TextField phone = new TextField();
        private final CountyInfo county;

        AdminDialog(CountyInfo county) {
            super(
                    "county-admin-dialog",
                    "min(36em, 95vw)",
                    "county-admin-error",
                    "county-admin-save",
                    "system.admin.title",
                    county.name());
            this.county = county;
            login.setId("county-admin-login");
            login.setLabel(getTranslation("admin.user.login"));
            login.setHelperText(getTranslation("admin.user.loginHelp"));
            login.setRequired(true);
            name.setId("county-admin-name");
            name.setLabel(getTranslation("admin.user.name"));
            name.setRequired(true);
            email.setId("county-admin-email");
            email.setLabel(getTranslation("admin.user.email"));
            phone.setId("county-admin-phone");
            phone.setLabel(getTranslation("admin.user.phone"));
            FormLayout form = new FormLayout(login, name, email, phone);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 2));
            show(form);
        }

        @Override
        void save() {
            NewAccount created = admin.createCountyAdmin(
                    county.id(), login.getValue(), name.getValue(), email.getValue(), phone.getValue());
            close();
            refresh();
            new OneTimePasswordDialog(name.getValue().strip(), login.getValue().strip(), created.oneTimePassword())
                    .open();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("system.pageTitle");
    }
}
