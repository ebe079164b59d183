package cn.fazhi.flow.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.fazhi.flow.AbstractViewTest;
import cn.fazhi.flow.org.OrgService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.WebAttributes;

class LoginViewTest extends AbstractViewTest {

    @Test
    void theLoginPageSpeaksChineseByDefault() {
        UI.getCurrent().navigate(LoginView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("法治政府建设年度报告审核");
        assertThat(_get(LoginForm.class).getAction()).isEqualTo("login");
        assertThat(UI.getCurrent().getInternals().getTitle()).contains("登录");
        assertThat(_find(Paragraph.class, p -> p.withClasses("login-notice")))
                .as("no expiry notice")
                .isEmpty();
    }

    @Test
    void theLoginPageStaysChineseWhateverTheBrowserPrefers() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(LoginView.class);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(_get(H1.class).getText()).isEqualTo("法治政府建设年度报告审核");
    }

    @Test
    void englishChosenOnTheLoginPageWinsOverTheSavedLanguageForTheSession() {
        ShellInitListener shell = context.getBean(ShellInitListener.class);
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("lang", "en")));
        login("drafter1"); // saved language: Chinese
        assertThat(shell.userLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(shell.sessionLocale(VaadinSession.getCurrent())).isEqualTo(Locale.ENGLISH);

        logout();
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        assertThat(_get(H1.class).getText())
                .as("a failed attempt keeps the choice")
                .isEqualTo("Rule-of-Law Report Review");
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("lang", "zh")));
        assertThat(_get(H1.class).getText()).isEqualTo("法治政府建设年度报告审核");
        login("drafter1");
        assertThat(shell.sessionLocale(VaadinSession.getCurrent())).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void withoutAChoiceTheSessionSpeaksTheSavedLanguage() {
        login("drafter1");
        assertThat(context.getBean(ShellInitListener.class).sessionLocale(VaadinSession.getCurrent()))
                .isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void theLoginPageSpeaksEnglishOnRequest() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("lang", "en")));
        assertThat(_get(H1.class).getText()).isEqualTo("Rule-of-Law Report Review");
        assertThat(_get(Div.class, d -> d.withClasses("login-subtitle")).getText())
                .startsWith("Township annual");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Log in");
    }

    @Test
    void aLockedAccountIsToldUntilWhenInsteadOfAWrongPassword() {
        refusedLastTime(SignInRefusedException.Reason.LOCKED);
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        Paragraph notice = _get(Paragraph.class, p -> p.withId("login-notice"));
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).matches("该账户因连续多次密码错误已被锁定，请于 (\\d{4}年\\d{1,2}月\\d{1,2}日 )?\\d\\d:\\d\\d 后再试。");
        assertThat(_get(LoginForm.class).isError()).isFalse();
    }

    @Test
    void aThrottledAddressIsToldInEnglishOnRequest() {
        refusedLastTime(SignInRefusedException.Reason.THROTTLED);
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "", "lang", "en")));
        assertThat(_get(Paragraph.class, p -> p.withId("login-notice")).getText())
                .startsWith("Too many failed sign-ins from your network. Please try again after ");
    }

    @Test
    void aWrongPasswordIsTheFormsOwnError() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        assertThat(_get(LoginForm.class).isError()).isTrue();
        assertThat(_find(Paragraph.class, p -> p.withId("login-notice")))
                .as("no notice")
                .isEmpty();
    }

    /** What Spring Security keeps in the session after a refused sign-in. */
    private static void refusedLastTime(SignInRefusedException.Reason reason) {
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(
                        WebAttributes.AUTHENTICATION_EXCEPTION,
                        new SignInRefusedException(reason, Instant.now().plus(Duration.ofMinutes(15))));
    }

    @Test
    void anExpiredSessionIsExplained() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("expired", "")));
        Paragraph notice = _get(Paragraph.class, p -> p.withClasses("login-notice"));
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).isEqualTo("登录已过期，请重新登录。");
    }

    @Test
    void withoutSingleSignOnThereIsNoPlatformButtonAndThePasswordFormShows() {
        UI.getCurrent().navigate(LoginView.class);
        assertThat(_find(Anchor.class, a -> a.withId("login-sso"))).as("hidden").isEmpty();
        assertThat(_get(LoginForm.class).isVisible()).isTrue();
    }

    @Test
    void withSingleSignOnThePlatformButtonIsAPlainLinkOutOfTheRouter() {
        LoginView view = singleSignOn(true, null, Map.of());
        Anchor button = _get(view, Anchor.class, a -> a.withId("login-sso"));
        assertThat(button.isVisible()).isTrue();
        assertThat(button.getHref()).isEqualTo("oauth2/authorization/fazhi");
        assertThat(button.isRouterIgnore()).isTrue();
        assertThat(button.getText()).isEqualTo("统一身份认证登录");
        assertThat(_get(view, LoginForm.class).isVisible()).isTrue();
        assertThat(_get(singleSignOn(true, "用浙政钉登录", Map.of()), Anchor.class, a -> a.withId("login-sso"))
                        .getText())
                .as("the county's own label")
                .isEqualTo("用浙政钉登录");
    }

    @Test
    void aPlatformLoginWithoutAnAccountIsToldSo() {
        LoginView view = singleSignOn(true, null, Map.of("sso-refused", List.of()));
        Paragraph notice = _get(view, Paragraph.class, p -> p.withId("login-notice"));
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).startsWith("统一身份认证平台已确认您的身份，但本系统中没有与之对应的可用账号");
        LoginView english = singleSignOn(true, null, Map.of("sso-failed", List.of(), "lang", List.of("en")));
        assertThat(_get(english, Paragraph.class, p -> p.withId("login-notice")).getText())
                .startsWith("Signing in through the unified identity platform did not complete.");
    }

    @Test
    void withPasswordSignInOffThePasswordFormShowsOnlyOnRequest() {
        assertThat(_find(singleSignOn(false, null, Map.of()), LoginForm.class))
                .as("hidden")
                .isEmpty();
        assertThat(_get(singleSignOn(false, null, Map.of("password", List.of())), LoginForm.class)
                        .isVisible())
                .as("the SYSTEM_ADMIN's way in")
                .isTrue();
        assertThat(_get(singleSignOn(false, null, Map.of("error", List.of())), LoginForm.class)
                        .isVisible())
                .as("after a refused password, with its reason")
                .isTrue();
    }

    @Test
    void aRefusedPasswordWhileOnlySingleSignOnIsOpenSaysSo() {
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(
                        WebAttributes.AUTHENTICATION_EXCEPTION,
                        new SignInRefusedException(SignInRefusedException.Reason.PASSWORD_OFF, null));
        LoginView view = singleSignOn(false, null, Map.of("error", List.of()));
        assertThat(_get(view, Paragraph.class, p -> p.withId("login-notice")).getText())
                .isEqualTo("本系统已关闭密码登录，请使用统一身份认证登录。");
    }

    /** The login page of an installation with single sign-on on, opened with these query parameters. */
    private static LoginView singleSignOn(boolean passwordLogin, String label, Map<String, List<String>> params) {
        var sso = new SsoProperties(
                true, "http://platform.example", "fazhi-flow", null, "preferred_username", label, passwordLogin);
        OrgService org = mock(OrgService.class);
        when(org.hasAnyUser()).thenReturn(true);
        LoginView view = new LoginView(Clock.systemDefaultZone(), sso, org);
        UI.getCurrent().removeAll();
        UI.getCurrent().add(view);
        view.show(UI.getCurrent(), params);
        return view;
    }

    @Test
    void anInstallationWithoutAnyAccountSaysHowToCreateTheFirst() {
        UI.getCurrent().navigate(LoginView.class);
        assertThat(_find(Paragraph.class, p -> p.withId("login-no-account")))
                .as("the demo has accounts")
                .isEmpty();

        OrgService empty = mock(OrgService.class);
        when(empty.hasAnyUser()).thenReturn(false);
        LoginView view = new LoginView(
                Clock.systemUTC(), new SsoProperties(false, null, null, null, "preferred_username", null, true), empty);
        UI.getCurrent().removeAll();
        UI.getCurrent().add(view);
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        when(event.getLocation()).thenReturn(new Location("login"));
        when(event.getUI()).thenReturn(UI.getCurrent());
        view.beforeEnter(event);

        Paragraph notice = _get(Paragraph.class, p -> p.withId("login-no-account"));
        assertThat(notice.getText()).contains("还没有任何账号", "FAZHI_BOOTSTRAP_ADMIN", "FAZHI_BOOTSTRAP_PASSWORD");
    }
}
