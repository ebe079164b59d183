package cn.fazhi.flow.shell;

import cn.fazhi.flow.notify.ui.NotificationBell;
import cn.fazhi.flow.org.AccessPolicy;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.UserAccount;
import cn.fazhi.flow.org.ui.ChangePasswordDialog;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The shell around every signed-in view: the navigation (only the views the user's roles may open, from their
 * {@code @Menu}, and the engine's Cockpit for the system administrator), the notification bell for a county's people,
 * the user's name, roles and township, the change of their password, the language and logout. Error pages use it too,
 * also for nobody signed in (then it shows only the name of the application and a way to log in).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    /** The Camunda Cockpit, outside the Vaadin router; the application's login admits system administrators to it. */
    static final String COCKPIT_PATH = "camunda/app/cockpit/default/";

    private final SideNav nav = new SideNav();

    public MainLayout(OrgService org, AuthenticationContext auth, ObjectProvider<NotificationBell> notificationBell) {
        Optional<UserAccount> signedIn = org.findCurrentUser();
        Span appName = new Span(getTranslation("app.name"));
        appName.addClassName("app-name");
        addToDrawer(nav);

        List<Component> header = new ArrayList<>();
        header.add(new DrawerToggle());
        header.add(appName);
        if (signedIn.isPresent()) {
            UserAccount me = signedIn.get();
            for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
                nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path()));
            }
            if (AccessPolicy.isSystemAdmin(me)) {
                SideNavItem cockpit =
                        new SideNavItem(getTranslation("menu.cockpit"), COCKPIT_PATH, VaadinIcon.CLUSTER.create());
                cockpit.setRouterIgnore(true);
                cockpit.setId("menu-cockpit");
                nav.addItem(cockpit);
            }
            header.add(who(me));
            Button password = new Button(
                    getTranslation("password.change"), VaadinIcon.KEY.create(), e -> new ChangePasswordDialog(org)
                            .open());
            password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            password.setId("change-password");
            // A session of the county's single sign-on has no password here to change.
            password.setVisible(!org.signedInWithSso());
            header.add(password);
            if (me.countyId() != null) {
                header.add(notificationBell.getObject());
            }
            header.add(language(org));
            Button logout =
                    new Button(getTranslation("action.logout"), VaadinIcon.SIGN_OUT.create(), e -> auth.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            logout.setId("logout");
            header.add(logout);
        } else {
            Span nobody = new Span();
            nobody.addClassName("current-user");
            header.add(nobody);
            Anchor login = new Anchor("login", getTranslation("shell.login"));
            login.setId("login-link");
            header.add(login);
        }

        HorizontalLayout bar = new HorizontalLayout(header.toArray(Component[]::new));
        bar.setWidthFull();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.expand(header.get(2));
        bar.addClassName("app-header");
        addToNavbar(bar);
    }

    private Span who(UserAccount me) {
        String roles = me.roles().stream()
                .sorted()
                .map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining("、"));
        Span who = new Span(
                me.displayName() + " · " + roles + (me.townshipName() == null ? "" : " · " + me.townshipName()));
        who.addClassName("current-user");
        who.setId("current-user");
        return who;
    }

    /** The language choice: saved with the user and applied at once by reloading the page in the new language. */
    private Select<Locale> language(OrgService org) {
        Select<Locale> language = new Select<>();
        language.setItems(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        language.setValue(getLocale().getLanguage().equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        language.setAriaLabel(getTranslation("language.label"));
        language.setId("language");
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                org.changeLocale(e.getValue().toLanguageTag());
                getUI().ifPresent(ui -> {
                    ui.getSession().setLocale(e.getValue());
                    ui.getPage().reload();
                });
            }
        });
        return language;
    }

    SideNav nav() {
        return nav;
    }
}
