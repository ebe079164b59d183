package cn.fazhi.flow.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractIT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * Single sign-on off (the default): nothing of it exists, no platform is asked for anything, and its paths are paths
 * like any other.
 */
class SsoOffIT extends AbstractIT {

    @Autowired
    ApplicationContext context;

    @Test
    void withoutSingleSignOnNoClientIsRegisteredAndItsLinkLeadsNowhere() throws Exception {
        assertThat(context.getBeansOfType(SingleSignOn.class)).isEmpty();
        assertThat(context.getBeansOfType(ClientRegistrationRepository.class)).isEmpty();
        assertThat(context.getBean(SsoProperties.class).passwordSignInOpen()).isTrue();

        HttpResponse<String> button = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + SsoProperties.SIGN_IN_PATH))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(button.statusCode())
                .as("the login page, as for any page before signing in")
                .isEqualTo(302);
        assertThat(button.headers().firstValue("Location").orElse(""))
                .endsWith("/login")
                .doesNotContain("authorize");
    }
}
