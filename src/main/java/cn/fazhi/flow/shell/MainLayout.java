package cn.fazhi.flow.shell;

import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.UserAccount;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The shell around every signed-in view: the navigation (only the views the user's roles may open, from their
 * {@code @Menu}), the user's name, roles and township, the language and logout.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(OrgService org, AuthenticationContext auth) {
        UserAccount me = org.currentUser();
        Span appName = new Span(getTranslation("app.name"));
        appName.addClassName("app-name");

        SideNav nav = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path()));
        }
        addToDrawer(nav);

        String roles = me.roles().stream()
                .sorted()
                .map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining("、"));
        Span who = new Span(
                me.displayName() + " · " + roles + (me.townshipName() == null ? "" : " · " + me.townshipName()));
        who.addClassName("current-user");

        Select<Locale> language = new Select<>();
        language.setItems(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        language.setValue(getLocale().getLanguage().equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        language.setAriaLabel(getTranslation("language.label"));
        language.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                org.changeLocale(e.getValue().toLanguageTag());
                getUI().ifPresent(ui -> {
                    ui.getSession().setLocale(e.getValue());
                    ui.getPage().reload();
                });
            }
        });

        Button logout = new Button(getTranslation("action.logout"), VaadinIcon.SIGN_OUT.create(), e -> auth.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), appName, who, language, logout);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(who);
        header.addClassName("app-header");
        addToNavbar(header);
    }
}
