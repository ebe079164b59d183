package cn.fazhi.flow.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
    void theLoginPageSpeaksEnglishOnRequest() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("lang", "en")));
        assertThat(_get(H1.class).getText()).isEqualTo("Rule-of-Law Report Review");
        assertThat(_get(Div.class, d -> d.withClasses("login-subtitle")).getText())
                .startsWith("Township annual");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Log in");
    }

    @Test
    void anExpiredSessionIsExplained() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("expired", "")));
        Paragraph notice = _get(Paragraph.class, p -> p.withClasses("login-notice"));
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).isEqualTo("登录已过期，请重新登录。");
    }
}
