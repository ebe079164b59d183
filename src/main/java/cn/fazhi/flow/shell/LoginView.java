package cn.fazhi.flow.shell;

import cn.fazhi.flow.base.Messages;
import cn.fazhi.flow.org.OrgService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.web.WebAttributes;

/**
 * The login page: always in Chinese, in English on {@code ?lang=en}. An installation without any account says so, and
 * how to create the first. After a refused sign-in it says why: a wrong
 * login or password, or until when the account is locked or the client address must wait.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final H1 title = new H1();
    private final Div subtitle = new Div();
    private final Paragraph notice = new Paragraph();
    private final Anchor publicReports = new Anchor("public", "");
    /** Shown while the installation has no account at all: how to create the first one. */
    private final Paragraph noAccount = new Paragraph();

    private final Clock clock;
    private final OrgService org;

    public LoginView(Clock clock, OrgService org) {
        this.clock = clock;
        this.org = org;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setForgotPasswordButtonVisible(false);
        form.setAction("login");
        title.addClassName("login-title");
        notice.addClassName("login-notice");
        notice.setId("login-notice");
        notice.setVisible(false);
        subtitle.addClassName("login-subtitle");
        publicReports.setId("login-public");
        noAccount.addClassName("login-notice");
        noAccount.setId("login-no-account");
        noAccount.setVisible(false);
        add(title, subtitle, noAccount, notice, form, publicReports);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params =
                event.getLocation().getQueryParameters().getParameters();
        boolean english = params.getOrDefault("lang", List.of()).contains("en");
        Locale locale = english ? Locale.ENGLISH : Messages.CHINESE;
        event.getUI().setLocale(locale);
        event.getUI().getElement().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
        translate();
        noAccount.setVisible(!org.hasAnyUser());
        Optional<SignInRefusedException> refused = params.containsKey("error") ? lastRefusal() : Optional.empty();
        form.setError(params.containsKey("error") && refused.isEmpty());
        notice.setVisible(params.containsKey("expired") || refused.isPresent());
        refused.ifPresent(r -> notice.setText(getTranslation(r.messageKey(), r.untilText(locale, clock))));
    }

    /** The last sign-in failure of this browser session, which Spring Security keeps there, if it was a refusal. */
    private static Optional<SignInRefusedException> lastRefusal() {
        VaadinSession session = VaadinSession.getCurrent();
        Object failure =
                session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure instanceof SignInRefusedException refused ? Optional.of(refused) : Optional.empty();
    }

    private void translate() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password"));
        form.setI18n(i18n);
        title.setText(getTranslation("app.name"));
        subtitle.setText(getTranslation("app.subtitle"));
        notice.setText(getTranslation("login.expired"));
        noAccount.setText(getTranslation("login.noAccount"));
        publicReports.setText(getTranslation("publish.login.public"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
