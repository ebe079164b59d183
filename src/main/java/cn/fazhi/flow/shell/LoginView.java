package cn.fazhi.flow.shell;

import cn.fazhi.flow.base.Messages;
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
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The login page: always in Chinese, in English on {@code ?lang=en}. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final H1 title = new H1();
    private final Div subtitle = new Div();
    private final Paragraph notice = new Paragraph();
    private final Anchor publicReports = new Anchor("public", "");

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setForgotPasswordButtonVisible(false);
        form.setAction("login");
        title.addClassName("login-title");
        notice.addClassName("login-notice");
        notice.setVisible(false);
        subtitle.addClassName("login-subtitle");
        publicReports.setId("login-public");
        add(title, subtitle, notice, form, publicReports);
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
        form.setError(params.containsKey("error"));
        notice.setVisible(params.containsKey("expired"));
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
        publicReports.setText(getTranslation("publish.login.public"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
