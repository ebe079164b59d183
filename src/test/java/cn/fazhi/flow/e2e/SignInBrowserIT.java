package cn.fazhi.flow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractIT;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sign-in in real headless Chromium at 1366 x 768: the Vaadin login form signs in with the CSRF token it now must
 * send; five wrong passwords lock the account and the page says until when; a user whose password an administrator
 * set lands on the change-password page, changes it and goes on; the header's dialog changes it again; a change made
 * elsewhere ends the browser's session. Screenshots go to target/screenshots.
 */
class SignInBrowserIT extends AbstractIT {

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000L, 36);
    private static final String START = "Start#2024a";

    @Autowired
    OrgService org;

    @Test
    void fiveWrongPasswordsInTheLoginFormLockTheAccountAndThePageSaysUntilWhen() throws Exception {
        String login = "sib-lock-" + RUN;
        long county = org.countyId("SFX").orElseThrow();
        org.createUser(login, START, "锁定测试", null, county, null, EnumSet.of(Role.COUNTY_REVIEWER), Set.of());
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.resize(1366, 768);
            browser.open("/login");
            for (int i = 0; i < 4; i++) {
                browser.submitLogin(login, "wrong" + i);
                assertThat(browser.currentPath()).isEqualTo("/login?error");
                browser.byCss("vaadin-login-form[error]");
            }
            browser.submitLogin(login, "wrong");
            browser.waitForText("该账户因连续多次密码错误已被锁定");
            assertThat(browser.textOf("login-notice")).matches("该账户因连续多次密码错误已被锁定，请于 \\d\\d:\\d\\d 后再试。");
            browser.screenshot("signin-01-locked");

            browser.submitLogin(login, START);
            assertThat(browser.currentPath()).startsWith("/login");
            assertThat(browser.textOf("login-notice")).startsWith("该账户因连续多次密码错误已被锁定");
        }
    }

    @Test
    void aUserWhosePasswordAnAdministratorSetChangesItFirstThenFromTheHeader() throws Exception {
        String login = "sib-forced-" + RUN;
        long county = org.countyId("SFX").orElseThrow();
        org.runAs(
                "admin",
                () -> org.createUser(
                        login, START, "新来的审核员", null, county, null, EnumSet.of(Role.COUNTY_REVIEWER), Set.of()));
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.resize(1366, 768);
            browser.login(login, START);
            browser.waitForText("继续使用之前，请先设置新密码");
            assertThat(browser.currentPath()).isEqualTo("/password");
            browser.open("/reports");
            assertThat(browser.currentPath()).as("every page leads there").isEqualTo("/password");
            browser.screenshot("signin-02-change-required");

            fill(browser, START, "Fresh#2024b");
            browser.waitForText("我的待办");
            assertThat(browser.currentPath()).doesNotStartWith("/password");

            browser.clickId("change-password");
            browser.byId("change-password-dialog");
            browser.screenshot("signin-03-dialog");
            fill(browser, "Fresh#2024b", "Again#2024c");
            browser.waitForText("密码已修改");

            browser.logout();
            browser.login(login, "Again#2024c");
            assertThat(browser.currentPath()).doesNotStartWith("/password");

            // Changed elsewhere (through the API): this browser's session ends at its next click.
            assertThat(changeThroughTheApi(login, "Again#2024c", "Fourth#2024d"))
                    .isEqualTo(204);
            browser.byCss("vaadin-side-nav-item[path='reports']").click();
            browser.waitForText("登录已过期");
            browser.screenshot("signin-04-ended-elsewhere");
            browser.byCss(".v-system-error").click();
            browser.waiter().until(d -> d.getCurrentUrl().contains("/login?expired"));
        }
    }

    private int changeThroughTheApi(String login, String current, String next) throws Exception {
        String credentials =
                Base64.getEncoder().encodeToString((login + ":" + current).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me/password"))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"current\": \"" + current + "\", \"new\": \"" + next + "\"}"))
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static void fill(Browser browser, String current, String next) {
        browser.byCss("#password-current input").sendKeys(current);
        browser.byCss("#password-new input").sendKeys(next);
        browser.byCss("#password-repeat input").sendKeys(next);
        browser.settle();
        browser.clickId("password-save");
    }
}
