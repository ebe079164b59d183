package cn.fazhi.flow.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;

class LoginViewTest extends AbstractViewTest {

    @Test
    void theLoginPageSpeaksChineseByDefault() {
        UI.getCurrent().navigate(LoginView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("法治政府建设年度报告审核");
        assertThat(_get(LoginForm.class).getAction()).isEqualTo("login");
        assertThat(UI.getCurrent().getInternals().getTitle()).contains("登录");
    }
}
