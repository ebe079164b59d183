package cn.fazhi.flow.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.fazhi.flow.AbstractIT;
import cn.fazhi.flow.MovableClock;
import cn.fazhi.flow.base.SecurityAction;
import cn.fazhi.flow.base.SecurityEvent;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sign-in as an attacker tries it, over real HTTP: account lockout through HTTP Basic and the login form, the
 * per-address throttle, forwarded headers believed only from the proxy, the login form's CSRF token, the session
 * cookie's attributes, forced and expired passwords, the API's cache of verified passwords, and sessions that end.
 * Each test has users of its own and a client address of its own ({@code X-Forwarded-For}, which the loopback proxy
 * may set), and moves the clock instead of waiting.
 */
@Import(SignInTestConfig.class)
class SignInIT extends AbstractIT {

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000L, 36);
    private static final String START = "Start#2024a";
    private static final String NEW = "Later#2025b";
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("(?im)^set-cookie: (JSESSIONID=[^\\r\\n]*)");
    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

    @Autowired
    OrgService org;

    @Autowired
    MovableClock clock;

    @Autowired
    SignInTestConfig.PublishedEvents events;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ObjectMapper json;

    record Reply(int status, HttpResponse<String> response) {

        String header(String name) {
            return response.headers().firstValue(name).orElse("");
        }

        String body() {
            return response.body();
        }
    }

    // --- lockout ---

    @Test
    void fiveWrongPasswordsInARowThroughBasicLockTheAccountForFifteenMinutes() throws Exception {
        String login = user("basic-lock");
        String from = address();
        for (int i = 0; i < 4; i++) {
            assertThat(api(login, "wrong" + i, from).status()).isEqualTo(401);
        }
        assertThat(api(login, START, from).status())
                .as("a success starts the count again")
                .isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            assertThat(api(login, "wrong" + i, from).status()).isEqualTo(401);
        }
        Reply fifth = api(login, "wrong", from);
        assertThat(fifth.status()).isEqualTo(401);
        assertThat(error(fifth)).isEqualTo("error.signIn.locked");

        Reply locked = api(login, START, from);
        assertThat(locked.status())
                .as("the right password, remembered by the API, while locked")
                .isEqualTo(401);
        assertThat(error(locked)).isEqualTo("error.signIn.locked");
        assertThat(message(locked)).matches("该账户因连续多次密码错误已被锁定，请于 \\d\\d:\\d\\d 后再试。");
        assertThat(message(api(login, START, from, "en")))
                .matches("This account is locked .* Please try again after \\d\\d:\\d\\d\\.");

        clock.moveBy(Duration.ofMinutes(14));
        assertThat(api(login, START, from).status()).isEqualTo(401);
        clock.moveBy(Duration.ofMinutes(2));
        assertThat(api(login, START, from).status())
                .as("unlocked after 15 minutes")
                .isEqualTo(200);

        List<SecurityAction> expected = new ArrayList<>(Collections.nCopies(9, SecurityAction.SIGN_IN_FAILED));
        expected.add(SecurityAction.ACCOUNT_LOCKED);
        expected.addAll(Collections.nCopies(3, SecurityAction.SIGN_IN_FAILED));
        assertThat(actions(login)).as("the successful API calls are not logged").isEqualTo(expected);
        assertThat(events.of(login).get(0).detail()).isEqualTo("security.detail.wrongPassword");
        assertThat(events.of(login).get(10).detail()).isEqualTo("security.detail.locked");
    }

    @Test
    void fiveWrongPasswordsInARowThroughTheLoginFormLockTheAccount() throws Exception {
        String login = user("form-lock");
        String from = address();
        HttpClient browser = browser();
        for (int i = 0; i < 5; i++) {
            assertThat(formLogin(browser, login, "wrong" + i, from)).endsWith("/login?error");
        }
        assertThat(formLogin(browser, login, START, from))
                .as("the right password while locked")
                .endsWith("/login?error");
        assertThat(signedIn(browser)).isFalse();
        assertThat(actions(login)).contains(SecurityAction.ACCOUNT_LOCKED).doesNotContain(SecurityAction.SIGN_IN);

        clock.moveBy(Duration.ofMinutes(16));
        assertThat(formLogin(browser, login, START, from)).doesNotContain("error");
        assertThat(signedIn(browser)).isTrue();
        assertThat(actions(login)).endsWith(SecurityAction.SIGN_IN);
    }

    // --- throttle and forwarded headers ---

    @Test
    void manyFailuresFromOneAddressAnswer429UntilTheWindowHasPassed() throws Exception {
        String login = user("throttle");
        String from = address();
        for (int i = 0; i < 20; i++) {
            assertThat(api("nobody-" + i + "-" + RUN, "guess", from).status()).isEqualTo(401);
        }
        Reply throttled = api(login, START, from);
        assertThat(throttled.status())
                .as("even the right password of another account")
                .isEqualTo(429);
        assertThat(error(throttled)).isEqualTo("error.signIn.throttled");
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 600L);
        assertThat(formLogin(browser(), login, START, from)).endsWith("/login?error");

        assertThat(api(login, START, address()).status())
                .as("from another address")
                .isEqualTo(200);

        clock.moveBy(Duration.ofMinutes(10).plusSeconds(1));
        assertThat(api(login, START, from).status()).isEqualTo(200);
    }

    @Test
    void forwardedHeadersCountOnlyFromTheProxy() throws Exception {
        String login = user("proxy");
        String from = address();
        for (int i = 0; i < 20; i++) {
            api("nobody-" + i + "-" + RUN, "guess", from);
        }
        assertThat(api(login, START, from).status()).isEqualTo(429);

        // 127.0.0.2 is this machine but not the proxy: its X-Forwarded-For is not believed.
        String basic = "Authorization: Basic "
                + Base64.getEncoder().encodeToString((login + ":" + START).getBytes(StandardCharsets.UTF_8));
        assertThat(fromNonProxy("/api/reports", basic, "X-Forwarded-For: " + from))
                .startsWith("HTTP/1.1 200");
    }

    @Test
    void theSessionCookieIsLaxHttpOnlyAndSecureWhenTheProxyForwardedHttps() throws Exception {
        String plain = sessionCookie(send(browser(), get("/login").build()));
        assertThat(plain).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");

        String https = sessionCookie(send(
                browser(), get("/login").header("X-Forwarded-Proto", "https").build()));
        assertThat(https).contains("HttpOnly").contains("SameSite=Lax").contains("Secure");

        Matcher fromNonProxy = SESSION_COOKIE.matcher(fromNonProxy("/login", "X-Forwarded-Proto: https"));
        assertThat(fromNonProxy.find()).isTrue();
        assertThat(fromNonProxy.group(1))
                .as("X-Forwarded-Proto from an address that is not the proxy")
                .contains("HttpOnly")
                .contains("SameSite=Lax")
                .doesNotContain("Secure");
    }

    // --- CSRF ---

    @Test
    void aLoginFormPostWithoutItsCsrfTokenSignsNobodyIn() throws Exception {
        String login = user("csrf");
        String form = "username=" + login + "&password=" + URLEncoder.encode(START, StandardCharsets.UTF_8);

        HttpClient victim = browser();
        Reply crossSite = send(
                victim,
                post("/login", form).header("Origin", "https://evil.example").build());
        assertThat(crossSite.status()).isEqualTo(302);
        assertThat(crossSite.header("Location")).as("back to the login page").endsWith("/login?expired");
        assertThat(signedIn(victim)).isFalse();

        HttpClient withSession = browser();
        send(withSession, get("/login").build());
        Reply noToken = send(withSession, post("/login", form).build());
        assertThat(noToken.header("Location")).as("a session but no token").endsWith("/login?expired");
        assertThat(signedIn(withSession)).isFalse();
        Reply wrongToken =
                send(withSession, post("/login", form + "&_csrf=forged").build());
        assertThat(wrongToken.header("Location")).endsWith("/login?expired");
        assertThat(signedIn(withSession)).isFalse();
        assertThat(actions(login)).doesNotContain(SecurityAction.SIGN_IN);

        signedInBrowser(login, START, address());
    }

    // --- passwords ---

    @Test
    void aUserWhosePasswordAnAdministratorSetChangesItBeforeAnythingElse() throws Exception {
        String login = "si-forced-" + RUN;
        long county = org.countyId("SFX").orElseThrow();
        org.runAs(
                "admin",
                () -> org.createUser(
                        login, START, "被迫改密", null, county, null, EnumSet.of(Role.COUNTY_REVIEWER), Set.of()));
        String from = address();

        Reply refused = api(login, START, from);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(error(refused)).isEqualTo("error.passwordChangeRequired");
        assertThat(message(refused)).isEqualTo("请先修改密码再继续操作。");

        JsonNode me = body(call("GET", "/api/me", login, START, from, null, "zh-CN"));
        assertThat(me.get("login").asText()).isEqualTo(login);
        assertThat(me.get("name").asText()).isEqualTo("被迫改密");
        assertThat(me.get("roles").toString()).isEqualTo("[\"COUNTY_REVIEWER\"]");
        assertThat(me.get("county").asText()).isEqualTo("示范县");
        assertThat(me.get("township").isNull()).isTrue();
        assertThat(me.get("passwordChangeRequired").asBoolean()).isTrue();

        Reply tooShort = changePassword(login, START, START, "Ab1!", from);
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(error(tooShort)).isEqualTo("error.password.tooShort");
        assertThat(message(tooShort)).isEqualTo("密码至少要有 8 个字符。");
        assertThat(error(changePassword(login, START, "not-it", NEW, from))).isEqualTo("error.password.currentWrong");
        assertThat(error(changePassword(login, START, START, START, from)))
                .as("the one-time password again")
                .isEqualTo("error.password.reused");

        assertThat(changePassword(login, START, START, NEW, from).status()).isEqualTo(204);
        assertThat(api(login, NEW, from).status()).isEqualTo(200);
        assertThat(body(call("GET", "/api/me", login, NEW, from, null, "zh-CN"))
                        .get("passwordChangeRequired")
                        .asBoolean())
                .isFalse();
        assertThat(api(login, START, from).status()).as("the old password").isEqualTo(401);
        assertThat(actions(login)).contains(SecurityAction.PASSWORD_CHANGED);
    }

    @Test
    void anExpiredPasswordMustBeChangedButADemoAccountsNever() throws Exception {
        String login = user("expiry");
        String from = address();
        assertThat(api(login, START, from).status()).isEqualTo(200);

        clock.moveBy(Duration.ofDays(91));
        Reply expired = api(login, START, from);
        assertThat(expired.status()).isEqualTo(403);
        assertThat(error(expired)).isEqualTo("error.passwordChangeRequired");
        assertThat(api("drafter1", "demo123", from).status())
                .as("a demo account")
                .isEqualTo(200);

        assertThat(changePassword(login, START, START, NEW, from).status()).isEqualTo(204);
        assertThat(api(login, NEW, from).status()).isEqualTo(200);
    }

    @Test
    void theApiForgetsAVerifiedPasswordOnceItChangesOnAnyNodeIsResetOrTheAccountIsDisabled() throws Exception {
        String login = user("cache");
        String from = address();
        assertThat(api(login, START, from).status()).isEqualTo(200);

        // Another node changes the password: this node's cache never heard of it.
        jdbc.update("UPDATE app_user SET password_hash = ? WHERE username = ?", encoder.encode(NEW), login);
        assertThat(api(login, START, from).status()).isEqualTo(401);
        assertThat(api(login, NEW, from).status()).isEqualTo(200);

        String oneTime = org.runAs("admin", () -> org.resetPassword(login));
        assertThat(api(login, NEW, from).status()).as("after a reset").isEqualTo(401);
        assertThat(error(api(login, oneTime, from))).isEqualTo("error.passwordChangeRequired");

        assertThat(changePassword(login, oneTime, oneTime, "Third#2026c", from).status())
                .isEqualTo(204);
        assertThat(api(login, "Third#2026c", from).status()).isEqualTo(200);
        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = ?", login);
        assertThat(api(login, "Third#2026c", from).status()).as("disabled").isEqualTo(401);
        assertThat(actions(login)).contains(SecurityAction.PASSWORD_CHANGED);
        assertThat(events.of("admin"))
                .extracting(SecurityEvent::action, SecurityEvent::target)
                .contains(tuple(SecurityAction.PASSWORD_RESET, "user:" + login));
    }

    // --- sessions ---

    @Test
    void aPasswordChangeEndsTheUsersOtherSessions() throws Exception {
        String login = user("sessions");
        String from = address();
        HttpClient first = signedInBrowser(login, START, from);
        HttpClient second = signedInBrowser(login, START, from);

        assertThat(changePassword(login, START, START, NEW, from).status()).isEqualTo(204);

        assertThat(signedIn(first)).isFalse();
        assertThat(signedIn(second)).isFalse();
        assertThat(events.of(login))
                .filteredOn(e -> e.action() == SecurityAction.SIGN_OUT)
                .extracting(SecurityEvent::detail)
                .containsExactly("security.detail.passwordChanged", "security.detail.passwordChanged");
        signedInBrowser(login, NEW, from);
    }

    @Test
    void anIdleSessionEndsAndVaadinsHeartbeatsAreNoActivity() throws Exception {
        String login = user("idle");
        String from = address();
        HttpClient idle = signedInBrowser(login, START, from);
        HttpClient busy = signedInBrowser(login, START, from);

        clock.moveBy(Duration.ofMinutes(20));
        send(idle, post("/?v-r=heartbeat&v-uiId=0", "").build());
        // The notification bell's poll, every 30 seconds in an open tab, is no activity either.
        send(
                idle,
                HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=0"))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"csrfToken\":\"x\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                                        + "\"event\":\"ui-poll\",\"data\":{}}],\"syncId\":0,\"clientId\":0}"))
                        .build());
        assertThat(signedIn(busy)).isTrue();
        clock.moveBy(Duration.ofMinutes(11));

        assertThat(signedIn(idle))
                .as("31 minutes with only a heartbeat and a poll")
                .isFalse();
        assertThat(signedIn(busy)).as("11 minutes since its last request").isTrue();
        assertThat(events.of(login))
                .filteredOn(e -> e.action() == SecurityAction.SIGN_OUT)
                .extracting(SecurityEvent::detail)
                .containsExactly("security.detail.idle");
    }

    @Test
    void signingInAndOutThroughTheFormIsLoggedButNotEachApiCall() throws Exception {
        String login = user("log");
        String from = address();
        assertThat(api(login, START, from).status()).isEqualTo(200);
        HttpClient browser = signedInBrowser(login, START, from);
        Reply page = send(browser, get("/login").build());
        Reply logout = send(browser, post("/logout", "_csrf=" + csrf(page)).build());
        assertThat(logout.status()).isEqualTo(302);
        assertThat(signedIn(browser)).isFalse();
        assertThat(actions(login)).containsExactly(SecurityAction.SIGN_IN, SecurityAction.SIGN_OUT);
    }

    // --- helpers ---

    /** A new user of the demo county (a county reviewer: the report list answers), set up at start-up. */
    private String user(String name) {
        String login = "si-" + name + "-" + RUN;
        long county = org.countyId("SFX").orElseThrow();
        org.createUser(login, START, name, null, county, null, EnumSet.of(Role.COUNTY_REVIEWER), Set.of());
        return login;
    }

    /** A client address of the test's own (TEST-NET-2), as the proxy reports it. */
    private static String address() {
        return "198.51.100." + ADDRESSES.incrementAndGet();
    }

    /**
     * What the security log was told of the login's sign-ins and sign-outs (not the refusals, 403, that
     * {@link #signedIn} provokes by asking the Cockpit).
     */
    private List<SecurityAction> actions(String login) {
        return events.of(login).stream()
                .map(SecurityEvent::action)
                .filter(action -> action != SecurityAction.ACCESS_DENIED)
                .toList();
    }

    private Reply api(String login, String password, String from) throws Exception {
        return api(login, password, from, "zh-CN");
    }

    private Reply api(String login, String password, String from, String language) throws Exception {
        return call("GET", "/api/reports", login, password, from, null, language);
    }

    private Reply changePassword(String login, String basicPassword, String current, String next, String from)
            throws Exception {
        String body = json.writeValueAsString(Map.of("current", current, "new", next));
        return call("POST", "/api/me/password", login, basicPassword, from, body, "zh-CN");
    }

    private Reply call(
            String method, String path, String login, String password, String from, String body, String language)
            throws Exception {
        String credentials = login + ":" + password;
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("X-Forwarded-For", from)
                .header("Accept-Language", language);
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return send(HttpClient.newHttpClient(), request.build());
    }

    private String error(Reply reply) throws IOException {
        return body(reply).get("error").asText();
    }

    private String message(Reply reply) throws IOException {
        return body(reply).get("message").asText();
    }

    private JsonNode body(Reply reply) throws IOException {
        return json.readTree(reply.body());
    }

    /** A browser: keeps its cookies, follows no redirect. */
    private static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Signs in through the login form as a browser does, with the page's CSRF token; answers where it was sent. */
    private String formLogin(HttpClient browser, String login, String password, String from) throws Exception {
        Reply page = send(browser, get("/login").header("X-Forwarded-For", from).build());
        String form = "username=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf(page), StandardCharsets.UTF_8);
        Reply posted = send(
                browser, post("/login", form).header("X-Forwarded-For", from).build());
        assertThat(posted.status()).isEqualTo(302);
        return posted.header("Location");
    }

    /** A browser signed in through the login form (its first signed-in request made). */
    private HttpClient signedInBrowser(String login, String password, String from) throws Exception {
        HttpClient browser = browser();
        assertThat(formLogin(browser, login, password, from)).doesNotContain("error");
        assertThat(signedIn(browser)).isTrue();
        return browser;
    }

    private static String csrf(Reply page) {
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("CSRF token on the page").isTrue();
        return csrf.group(1);
    }

    /**
     * Whether the browser's session is signed in: the Cockpit (which takes the application's session) sends nobody
     * to the login page and forbids anybody who is not the system administrator.
     */
    private boolean signedIn(HttpClient browser) throws Exception {
        int status = send(browser, get("/camunda/app/cockpit/default/").build()).status();
        assertThat(status).isIn(302, 403);
        return status == 403;
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET();
    }

    private HttpRequest.Builder post(String path, String form) {
        return HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static Reply send(HttpClient client, HttpRequest request) throws Exception {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response);
    }

    private static String sessionCookie(Reply reply) {
        return reply.response().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
    }

    /**
     * A GET from 127.0.0.2: this machine, but not the configured proxy (loopback 127.0.0.1 only). Answers the status
     * line and headers as received. The JDK's HTTP client cannot choose its own address before Java 19.
     */
    private String fromNonProxy(String path, String... headers) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress("127.0.0.2", 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port));
            StringBuilder request = new StringBuilder(
                    "GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
        }
    }
}
