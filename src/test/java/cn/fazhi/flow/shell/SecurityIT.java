package cn.fazhi.flow.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractIT;
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
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who gets in where, over real HTTP: the REST API and the engine's REST API take HTTP Basic only (a 401, never a
 * redirect to the login page, and a session cookie opens nothing there); the engine's surfaces (Cockpit, which takes
 * the application's own login, and the engine's REST API) are the system administrator's alone: a county's
 * administrator sees every county's processes there, so they are kept out.
 */
class SecurityIT extends AbstractIT {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @Autowired
    ProcessEngine engine;

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

    HttpResponse<String> send(HttpClient client, String method, String path, String basicUser, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (basicUser != null) {
            request.header("Authorization", basic(basicUser));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * CVE-2026-77226: the Admin webapp's first-run setup creates an engine administrator for whoever calls it while the
     * camunda-admin group has no member. Every setup path answers 403, to anybody, however it is written.
     */
    /** The county's API serves a county's people: the installation's accounts are refused there in their language. */
    @Test
    void theInstallationsAccountsAreRefusedTheCountysApi() throws Exception {
        for (String user : new String[] {"sysadmin", "auditor"}) {
            HttpResponse<String> reports = get(browser(), "/api/reports", user);
            assertThat(reports.statusCode()).as(user).isEqualTo(403);
            assertThat(reports.body())
                    .contains("\"error\":\"error.roleNotAllowed\"")
                    .contains("您的角色不能使用此功能");
            assertThat(get(browser(), "/api/me", user).statusCode()).as(user).isEqualTo(200);
        }
        assertThat(get(browser(), "/api/reports", "drafter1").statusCode()).isEqualTo(200);
    }

    @Test
    void theWebappsSetupIsClosedToEveryone() throws Exception {
        String user = "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"X\","
                + "\"email\":\"i@x.cn\"},\"credentials\":{\"password\":\"Intruder-2026\"}}";
        String[] paths = {
            "/camunda/api/admin/setup/default/user/create",
            "/camunda/api/admin/SETUP/default/user/create",
            "/camunda/api/admin/%73etup/default/user/create",
            "/camunda/app/admin/default/setup/"
        };
        HttpClient sysadmin = signedIn("sysadmin");
        for (String path : paths) {
            assertThat(send(browser(), "POST", path, null, user).statusCode())
                    .as("anonymous " + path)
                    .isEqualTo(403);
            assertThat(send(sysadmin, "POST", path, null, user).statusCode())
                    .as("signed in " + path)
                    .isEqualTo(403);
            assertThat(send(browser(), "POST", path, "sysadmin", user).statusCode())
                    .as("basic " + path)
                    .isEqualTo(403);
        }
        assertThat(get(browser(), "/engine-rest/user/intruder/profile", "sysadmin")
                        .statusCode())
                .as("no engine user was created")
                .isEqualTo(404);
    }

    /**
     * Expressions in task queries run code on the server: nobody but the system administrator reaches a task query,
     * and the engine refuses expressions in ad-hoc queries (also inside orQueries) and in stored ones (filters).
     */
    @Test
    void taskQueriesWithExpressionsAreRefused() throws Exception {
        String adHoc = "{\"orQueries\":[{\"dueAfterExpression\":\"${bogusIdentifier}\"}]}";
        for (String user : new String[] {"admin", "county", "drafter1", "auditor"}) {
            assertThat(send(browser(), "POST", "/engine-rest/task", user, adHoc).statusCode())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(send(browser(), "POST", "/engine-rest/task", null, adHoc).statusCode())
                .isEqualTo(401);
        // The engine itself evaluates an expression inside orQueries (Camunda 7.24.0 CE): refused in front of it.
        HttpResponse<String> orQuery = send(browser(), "POST", "/engine-rest/task", "sysadmin", adHoc);
        assertThat(orQuery.statusCode()).as(orQuery.body()).isEqualTo(400);
        assertThat(orQuery.body())
                .contains("error.queryExpression")
                .doesNotContain("bogusIdentifier")
                .doesNotContain("Engine");
        HttpResponse<String> plain =
                send(browser(), "POST", "/engine-rest/task", "sysadmin", "{\"dueAfterExpression\":\"${now()}\"}");
        assertThat(plain.statusCode()).as(plain.body()).isEqualTo(400);
        assertThat(get(browser(), "/engine-rest/task?dueAfterExpression=%24%7Bnow()%7D", "sysadmin")
                        .statusCode())
                .isEqualTo(400);
        HttpClient cockpit = signedIn("sysadmin");
        assertThat(get(cockpit, "/camunda/api/engine/engine/default/task?assigneeExpression=%24%7Bx%7D", null)
                        .statusCode())
                .as("the webapps' own engine API")
                .isEqualTo(400);
        HttpResponse<String> filter = send(
                browser(),
                "POST",
                "/engine-rest/filter/create",
                "sysadmin",
                "{\"resourceType\":\"Task\",\"name\":\"expr\",\"query\":{\"assigneeExpression\":\"${currentUser()}\"}}");
        assertThat(filter.statusCode()).as("a stored query with an expression").isEqualTo(400);
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.isEnableExpressionsInAdhocQueries()).isFalse();
        assertThat(configuration.isEnableExpressionsInStoredQueries()).isFalse();
        assertThat(send(browser(), "POST", "/engine-rest/task", "sysadmin", "{\"orQueries\":[{\"assignee\":\"x\"}]}")
                        .statusCode())
                .as("a query without an expression still works")
                .isEqualTo(200);
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
