package cn.fazhi.flow.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractIT;
import jakarta.servlet.Filter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The security headers over real HTTP: the pages' Content-Security-Policy with a fresh nonce on every page that every
 * script of that page carries, the API's policy that lets nothing load, {@code Referrer-Policy: same-origin}, a
 * Permissions-Policy, X-Frame-Options DENY and nosniff, HSTS only on a request that came over HTTPS; Cockpit keeps
 * the policy of its own.
 */
class SecurityHeadersIT extends AbstractIT {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'unsafe-eval'");
    private static final Pattern SCRIPT = Pattern.compile("<script[^>]*>");

    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter security;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(HttpClient client, String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder().encodeToString((user + ":demo123").getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static void assertCommonHeaders(HttpHeaders headers) {
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("Permissions-Policy").orElse(""))
                .contains("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Strict-Transport-Security"))
                .as("no HSTS over plain HTTP")
                .isEmpty();
    }

    /** The page's policy, checked; answers its nonce. */
    static String assertPagePolicy(HttpResponse<String> page) {
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        Matcher nonce = NONCE.matcher(policy);
        assertThat(nonce.find()).as(policy).isTrue();
        assertThat(policy)
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'")
                .doesNotContain("script-src 'self' 'unsafe-inline'", "*");
        List<String> scripts =
                SCRIPT.matcher(page.body()).results().map(m -> m.group()).toList();
        assertThat(scripts).isNotEmpty().allSatisfy(s -> assertThat(s).contains("nonce=\"" + nonce.group(1) + "\""));
        return nonce.group(1);
    }

    @Test
    void everyPageHasAPolicyWhoseFreshNonceEveryScriptOfThePageCarries() throws Exception {
        for (String path : List.of("/login", "/public")) {
            HttpResponse<String> first = get(http, path, null);
            HttpResponse<String> second = get(http, path, null);
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            assertCommonHeaders(first.headers());
            assertThat(assertPagePolicy(first)).as(path).isNotEqualTo(assertPagePolicy(second));
        }
    }

    @Test
    void theApiAndItsErrorsLetNothingLoad() throws Exception {
        for (HttpResponse<String> reply : List.of(
                get(http, "/api/reports", "drafter1"),
                get(http, "/api/reports", null),
                get(http, "/api/no-such-thing", "drafter1"),
                get(http, "/actuator/health", null),
                get(http, "/engine-rest/process-definition", "admin"))) {
            assertThat(reply.headers().firstValue("Content-Security-Policy"))
                    .as(reply.uri() + " " + reply.statusCode())
                    .hasValue("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
            assertCommonHeaders(reply.headers());
        }
    }

    /** Behind the configured proxy (loopback by default), a request it forwarded from HTTPS gets HSTS. */
    @Test
    void strictTransportSecurityBehindTheProxyThatSaysHttps() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> forwarded = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .header("X-Forwarded-Proto", "https")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forwarded.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).startsWith("max-age="));
        HttpResponse<String> plain = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    /**
     * HSTS goes with {@code request.isSecure()}: behind a proxy that is what the forwarded headers of a trusted proxy
     * decide (server.forward-headers-strategy); here the secure flag is set on the request directly.
     */
    @Test
    void strictTransportSecurityOnlyOnRequestsThatCameOverHttps() throws Exception {
        for (String path : List.of("/login", "/api/reports")) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
            request.setServletPath(path);
            request.setSecure(true);
            request.setScheme("https");
            MockHttpServletResponse response = new MockHttpServletResponse();
            security.doFilter(request, response, new MockFilterChain());
            assertThat(response.getHeader("Strict-Transport-Security"))
                    .as(path)
                    .isEqualTo("max-age=31536000 ; includeSubDomains");

            MockHttpServletRequest plain = new MockHttpServletRequest("GET", path);
            plain.setServletPath(path);
            MockHttpServletResponse plainResponse = new MockHttpServletResponse();
            security.doFilter(plain, plainResponse, new MockFilterChain());
            assertThat(plainResponse.getHeader("Strict-Transport-Security")).isNull();
        }
    }

    @Test
    void cockpitKeepsItsOwnPolicy() throws Exception {
        HttpClient sysadmin = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        Matcher csrf = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"")
                .matcher(get(sysadmin, "/login", null).body());
        assertThat(csrf.find()).isTrue();
        sysadmin.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=sysadmin&password=demo123&_csrf="
                                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> cockpit = get(sysadmin, "/camunda/app/cockpit/default/", null);
        assertThat(cockpit.statusCode()).isEqualTo(200);
        assertThat(cockpit.headers().allValues("Content-Security-Policy"))
                .singleElement()
                .satisfies(policy ->
                        assertThat(policy).contains("'strict-dynamic'").doesNotContain("script-src 'self' 'nonce-"));
        assertThat(cockpit.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }
}
