package cn.fazhi.flow.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.ItDatabase;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Who gets in where, over real HTTP: the REST API and the engine's REST API take HTTP Basic only (a 401, never a
 * redirect to the login page, and a session cookie opens nothing there); the engine's surfaces (Cockpit, which takes
 * the application's own login, and the engine's REST API) are the system administrator's alone: a county's
 * administrator sees every county's processes there, so they are kept out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class SecurityIT {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ItDatabase.configure(registry);
    }

    @LocalServerPort
    int port;

    /** A browser: keeps its cookies, follows no redirect. */
    HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    HttpResponse<String> get(HttpClient client, String path, String basicUser)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (basicUser != null) {
            request.header("Authorization", basic(basicUser));
        }
        return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String user) {
        String credentials = user + ":demo123";
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /** Logs in through the login form as a browser does: the page's CSRF token, then the form post. */
    HttpClient signedIn(String username) throws IOException, InterruptedException {
        HttpClient client = browser();
        HttpResponse<String> page = get(client, "/login", null);
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
        String form = "username=" + username + "&password=demo123&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> posted = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return client;
    }

    @Test
    void theApiAnswers401WithoutCredentialsNotARedirect() throws Exception {
        HttpResponse<String> anonymous = get(browser(), "/api/reports", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Location")).isEmpty();
        assertThat(get(browser(), "/api/reports", "drafter1").statusCode()).isEqualTo(200);
    }

    @Test
    void theApiIsStatelessASessionCookieOpensNothing() throws Exception {
        HttpClient drafter = signedIn("drafter1");
        HttpResponse<String> withSessionOnly = get(drafter, "/api/reports", null);
        assertThat(withSessionOnly.statusCode()).isEqualTo(401);
        assertThat(withSessionOnly.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void theEngineRestApiIsForTheSystemAdministratorWithBasicAuthentication() throws Exception {
        assertThat(get(browser(), "/engine-rest/process-definition", null).statusCode())
                .isEqualTo(401);
        for (String user : new String[] {"drafter1", "county", "admin", "shenqiu", "auditor"}) {
            assertThat(get(browser(), "/engine-rest/process-definition", user).statusCode())
                    .as(user)
                    .isEqualTo(403);
        }
        HttpResponse<String> sysadmin = get(browser(), "/engine-rest/process-definition", "sysadmin");
        assertThat(sysadmin.statusCode()).isEqualTo(200);
        assertThat(sysadmin.body()).contains("\"key\":\"reportReview\"");
        assertThat(get(signedIn("sysadmin"), "/engine-rest/process-definition", null)
                        .statusCode())
                .as("a session is no credential for the engine's REST API")
                .isEqualTo(401);
    }

    /** The attack that was found: one county's administrator wrote a variable of another county's process. */
    @Test
    void aCountyAdministratorCannotReadOrWriteAnyProcessThroughTheEngine() throws Exception {
        HttpResponse<String> instances = get(browser(), "/engine-rest/process-instance", "sysadmin");
        assertThat(instances.statusCode()).isEqualTo(200);
        Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(instances.body());
        assertThat(id.find()).as("a process instance to attack").isTrue();
        String variable = "/engine-rest/process-instance/" + id.group(1) + "/variables/x";
        for (String user : new String[] {"admin", "shenqiu"}) {
            assertThat(get(browser(), "/engine-rest/process-instance/" + id.group(1) + "/variables", user)
                            .statusCode())
                    .as(user + " reads variables")
                    .isEqualTo(403);
            HttpResponse<String> put = browser()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + variable))
                                    .header("Authorization", basic(user))
                                    .header("Content-Type", "application/json")
                                    .PUT(HttpRequest.BodyPublishers.ofString(
                                            "{\"value\":\"pwned\",\"type\":\"String\"}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(put.statusCode()).as(user + " writes a variable").isEqualTo(403);
        }
        assertThat(get(browser(), variable, "sysadmin").statusCode())
                .as("nothing was written")
                .isEqualTo(404);
    }

    @Test
    void theCockpitTakesTheApplicationsLoginForTheSystemAdministratorOnly() throws Exception {
        String cockpit = "/camunda/app/cockpit/default/";
        String statistics = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";

        HttpResponse<String> anonymous = get(browser(), cockpit, null);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/login");

        HttpClient drafter = signedIn("drafter1");
        assertThat(get(drafter, cockpit, null).statusCode()).isEqualTo(403);
        assertThat(get(drafter, statistics, null).statusCode()).isEqualTo(403);

        HttpClient admin = signedIn("admin");
        assertThat(get(admin, cockpit, null).statusCode()).isEqualTo(403);
        assertThat(get(admin, statistics, null).statusCode()).isEqualTo(403);

        HttpClient sysadmin = signedIn("sysadmin");
        assertThat(get(sysadmin, cockpit, null).statusCode()).isEqualTo(200);
        HttpResponse<String> stats = get(sysadmin, statistics, null);
        assertThat(stats.statusCode()).isEqualTo(200);
        assertThat(stats.body()).contains("\"key\":\"reportReview\"").contains("\"instances\":");
        HttpResponse<String> me = get(sysadmin, "/camunda/api/admin/auth/user/default", null);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"userId\":\"sysadmin\"").contains("cockpit");
    }
}
