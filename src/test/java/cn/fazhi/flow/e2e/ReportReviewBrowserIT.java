package cn.fazhi.flow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.ItDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole path in real headless Chromium: draft, legal return with a paragraph comment, resubmission, sign-off. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class ReportReviewBrowserIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ItDatabase.configure(registry);
    }

    @LocalServerPort
    int port;

    @Test
    void loginShowsTheShell() throws Exception {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.open("/login");
            browser.screenshot("01-login");
            browser.login("drafter3", "demo123");
            browser.waitForText("城区街道");
            browser.screenshot("02-drafter3-home");
            assertThat(browser.text()).contains("起草人");
        }
    }
}
