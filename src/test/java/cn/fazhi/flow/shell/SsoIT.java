package cn.fazhi.flow.shell;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractIT;
import cn.fazhi.flow.MovableClock;
import cn.fazhi.flow.base.SecurityAction;
import cn.fazhi.flow.base.SecurityEvent;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.Role;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Single sign-on through a real OpenID Connect provider ({@link TestIdentityProvider}, started by the test on a random
 * port) over real HTTP, the authorization-code flow followed as a browser follows it (redirects, cookies): a platform
 * login with an active account here signs in with the account's own roles (the Cockpit, SYSTEM_ADMIN's alone, refuses
 * the drafter and opens for the operator); an unknown or deactivated one is sent back to the login page with its
 * refusal (whose message {@code LoginViewTest} reads) and nothing opens; with password sign-in switched off, a password signs in a SYSTEM_ADMIN only.
 */
@Import(SignInTestConfig.class)
@TestPropertySource(
        properties = {
            "fazhi.sso.enabled=true",
            "fazhi.sso.client-id=" + TestIdentityProvider.CLIENT_ID,
            "fazhi.sso.client-secret=" + TestIdentityProvider.CLIENT_SECRET,
            "fazhi.sso.password-login=false"
        })
class SsoIT extends AbstractIT {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern PLATFORM_CSRF = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");
    private static final String COCKPIT = "/camunda/app/cockpit/default/";

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        registry.add("fazhi.sso.issuer-uri", TestIdentityProvider::issuer);
    }

    @Autowired
    OrgService org;

    @Autowired
    SignInTestConfig.PublishedEvents events;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    @Test
    void aPlatformLoginWithAnAccountSignsInWithTheAccountsOwnRoles() throws Exception {
        Browser drafter = new Browser("drafter1");
        HttpResponse<String> landed = drafter.signInThroughThePlatform();
        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.uri().getPath()).doesNotStartWith("/login");
        assertThat(landed.uri().getHost()).isEqualTo("127.0.0.1");
        assertThat(drafter.status(COCKPIT))
                .as("signed in, and without the SYSTEM_ADMIN's Cockpit")
                .isEqualTo(403);
        assertThat(events.of("drafter1")).extracting(SecurityEvent::action).contains(SecurityAction.SSO_SIGN_IN);

        Browser operator = new Browser("sysadmin");
        assertThat(operator.signInThroughThePlatform().statusCode()).isEqualTo(200);
        assertThat(operator.status(COCKPIT))
                .as("the SYSTEM_ADMIN's role comes from here: the Cockpit opens")
                .isEqualTo(200);
    }

    @Test
    void anUnknownPlatformLoginIsRefusedWithAMessageAndNothingOpens() throws Exception {
        Browser stranger = new Browser("stranger");
        HttpResponse<String> landed = stranger.signInThroughThePlatform();
        assertThat(landed.uri().getPath()).isEqualTo("/login");
        assertThat(landed.uri().getQuery()).isEqualTo("sso-refused");
        assertThat(stranger.status(COCKPIT))
                .as("not signed in: to the login page")
                .isEqualTo(302);
        assertThat(stranger.status("/api/me")).isEqualTo(401);
        SecurityEvent refusal = last("stranger");
        assertThat(refusal.action()).isEqualTo(SecurityAction.SSO_REFUSED);
        assertThat(refusal.success()).isFalse();
        assertThat(refusal.detail()).isEqualTo("security.detail.ssoUnknown");
    }

    @Test
    void aDeactivatedAccountIsRefusedToo() throws Exception {
        if (org.findUser("sso-disabled").isEmpty()) {
            long county = org.countyId("SFX").orElseThrow();
            org.createUser(
                    "sso-disabled",
                    "Start#2024a",
                    "停用的人",
                    null,
                    county,
                    null,
                    EnumSet.of(Role.COUNTY_REVIEWER),
                    Set.of());
        }
        jdbc.update("update app_user set enabled = false where username = ?", "sso-disabled");
        Browser former = new Browser("sso-disabled");
        HttpResponse<String> landed = former.signInThroughThePlatform();
        assertThat(landed.uri().getQuery()).isEqualTo("sso-refused");
        assertThat(former.status(COCKPIT)).isEqualTo(302);
        assertThat(last("sso-disabled").detail()).isEqualTo("security.detail.disabled");
    }

    @Test
    void aSingleSignOnSessionIdlesOutLikeAnyOther() throws Exception {
        Browser drafter = new Browser("drafter1");
        drafter.signInThroughThePlatform();
        assertThat(drafter.status(COCKPIT)).isEqualTo(403);
        clock.moveBy(Duration.ofMinutes(31));
        assertThat(drafter.status(COCKPIT))
                .as("signed out after 30 idle minutes")
                .isEqualTo(302);
    }

    @Test
    void withPasswordSignInOffTheLoginFormSignsInNobodyButTheSystemAdmin() throws Exception {
        Browser browser = new Browser("nobody");
        String page = browser.get("/login").body();
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).isTrue();
        String form = "username=drafter1&password=demo123&_csrf=" + URLEncoder.encode(csrf.group(1), UTF_8);
        HttpResponse<String> posted = browser.noRedirects.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location").orElse("")).endsWith("/login?error");
        assertThat(browser.status(COCKPIT)).as("not signed in").isEqualTo(302);
        SecurityEvent refusal = last("drafter1");
        assertThat(refusal.action()).isEqualTo(SecurityAction.SIGN_IN_FAILED);
        assertThat(refusal.detail()).isEqualTo("security.detail.passwordSignInOff");

        HttpResponse<String> basic = basic("drafter1", "demo123");
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(json.readTree(basic.body()).path("error").asText()).isEqualTo("error.signIn.passwordOff");
        assertThat(json.readTree(basic.body()).path("message").asText()).contains("统一身份认证");

        HttpResponse<String> operator = basic("sysadmin", "demo123");
        assertThat(operator.statusCode()).as("the operator's way in").isEqualTo(200);
        assertThat(json.readTree(operator.body()).path("login").asText()).isEqualTo("sysadmin");
    }

    private SecurityEvent last(String actor) {
        List<SecurityEvent> of = events.of(actor);
        assertThat(of).isNotEmpty();
        return of.get(of.size() - 1);
    }

    private HttpResponse<String> basic(String login, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((login + ":" + password).getBytes(UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri("/api/me"))
                                .header("Authorization", "Basic " + credentials)
                                .header("Accept-Language", "zh-CN")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        // 127.0.0.1, not localhost: the platform accepts any port for a loopback address only.
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /**
     * A browser of one person of the platform: it keeps cookies (the application's on 127.0.0.1, the platform's on
     * localhost) and signs in at the platform as that person.
     */
    private final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient following;
        private final HttpClient noRedirects;
        private final String person;

        Browser(String person) {
            this.person = person;
            following = HttpClient.newBuilder()
                    .cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
            noRedirects = HttpClient.newBuilder()
                    .cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }

        /**
         * The login page's button, followed to the platform's sign-in form, filled in as the person, and followed back;
         * answers the page it ends on.
         */
        HttpResponse<String> signInThroughThePlatform() throws Exception {
            HttpResponse<String> platform = get(SsoProperties.SIGN_IN_PATH);
            assertThat(platform.uri().getHost()).as("at the platform's sign-in").isEqualTo("localhost");
            Matcher csrf = PLATFORM_CSRF.matcher(platform.body());
            assertThat(csrf.find()).as("the platform's form").isTrue();
            String form = "username=" + person + "&password=" + URLEncoder.encode(TestIdentityProvider.PASSWORD, UTF_8)
                    + "&_csrf=" + URLEncoder.encode(csrf.group(1), UTF_8);
            return following.send(
                    HttpRequest.newBuilder(platform.uri())
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> get(String path) throws Exception {
            return following.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        int status(String path) throws Exception {
            return noRedirects
                    .send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode();
        }
    }
}
