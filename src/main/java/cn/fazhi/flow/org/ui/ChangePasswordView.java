package cn.fazhi.flow.org.ui;

import cn.fazhi.flow.org.OrgService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The page a user who must change their password (set by an administrator, or expired) is sent to from every other
 * page until they have; then to their start page. Anyone may open it to change theirs.
 */
@Route(value = ChangePasswordView.ROUTE, autoLayout = false)
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "password";

    /** Where a user starts (the shell's home page shows each their own). */
    private static final String START = "";

    public ChangePasswordView(OrgService org, AuthenticationContext auth) {
        addClassName("password-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        H2 heading = new H2(getTranslation("password.page.heading"));
        Paragraph why = new Paragraph(
                getTranslation(org.passwordChangeRequired() ? "password.page.required" : "password.page.voluntary"));
        why.setId("password-why");
        why.addClassName("password-why");
        PasswordForm form = new PasswordForm(org, () -> UI.getCurrent().navigate(START));
        form.setWidth("24em");
        Button logout = new Button(getTranslation("action.logout"), VaadinIcon.SIGN_OUT.create(), e -> auth.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("password-logout");
        add(title, heading, why, form, logout);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.page.title");
    }
}
