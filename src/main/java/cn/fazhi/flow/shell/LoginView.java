package cn.fazhi.flow.shell;

import cn.fazhi.flow.base.Messages;
import cn.fazhi.flow.org.OrgService;
import com.vaadin.flow.component.UI;
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
 * The login page: always in Chinese, in English on {@code ?lang=en}, which then stays the language of the session
 * after signing in (see {@link ChosenLanguage}). An installation without any account says so, and
 * how to create the first. After a refused sign-in it says why: a wrong login or password, or until when the account
 * is locked or the client address must wait. With single sign-on on ({@code fazhi.sso.*}) a button leads to the
 * county's platform, and a login the platform vouched for without an active account here is told so; with password
 * sign-in off the password form shows only on {@code ?password} (the SYSTEM_ADMIN's way in) or after a refused
 * password.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final H1 title = new H1();
    private final Div subtitle = new Div();
    private final Paragraph notice = new Paragraph();
    private final Anchor publicReports = new Anchor("public", "");
    private final Anchor singleSignOn = new Anchor(SsoProperties.SIGN_IN_PATH.substring(1), "");
    /** Shown while the installation has no account at all: how to create the first one. */
    private final Paragraph noAccount = new Paragraph();

    private final Clock clock;
    private final SsoProperties sso;
    private final OrgService org;

    public LoginView(Clock clock, SsoProperties sso, OrgService org) {
        this.clock = clock;
        this.sso = sso;
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
        // A plain link out of the Vaadin router: the sign-in starts with a redirect to the platform.
        singleSignOn.setId("login-sso");
        singleSignOn.addClassName("login-sso");
        singleSignOn.setRouterIgnore(true);
        singleSignOn.setVisible(sso.enabled());
        noAccount.addClassName("login-notice");
        noAccount.setId("login-no-account");
        noAccount.setVisible(false);
        add(title, subtitle, noAccount, notice, singleSignOn, form, publicReports);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getUI(), event.getLocation().getQueryParameters().getParameters());
    }

    /** Shows the page for the query parameters it was opened with. */
    void show(UI ui, Map<String, List<String>> params) {
        Optional<Locale> named = params.getOrDefault("lang", List.of()).stream()
                .map(ChosenLanguage::named)
                .flatMap(Optional::stream)
                .findFirst();
        named.ifPresent(l -> ChosenLanguage.remember(ui.getSession().getSession(), l));
        Locale locale =
                named.or(() -> ChosenLanguage.of(ui.getSession().getSession())).orElse(Messages.CHINESE);
        ui.setLocale(locale);
        ui.getElement().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
        translate();
        noAccount.setVisible(!org.hasAnyUser());
        Optional<SignInRefusedException> refused = params.containsKey("error") ? lastRefusal() : Optional.empty();
        form.setError(params.containsKey("error") && refused.isEmpty());
        notice.setVisible(params.containsKey("expired") || refused.isPresent());
        refused.ifPresent(r -> notice.setText(getTranslation(r.messageKey(), r.untilText(locale, clock))));
        if (sso.enabled()) {
            ssoOutcome(params);
        }
        form.setVisible(sso.passwordSignInOpen() || params.containsKey("password") || params.containsKey("error"));
    }

    /** What the platform's round trip ended in, if it did not sign the user in. */
    private void ssoOutcome(Map<String, List<String>> params) {
        String key = params.containsKey("sso-refused")
                ? "login.sso.refused"
                : params.containsKey("sso-failed") ? "login.sso.failed" : null;
        if (key != null) {
            notice.setText(getTranslation(key));
            notice.setVisible(true);
        }
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
        String label = sso.buttonLabel();
        singleSignOn.setText(label == null || label.isBlank() ? getTranslation("login.sso.button") : label);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
