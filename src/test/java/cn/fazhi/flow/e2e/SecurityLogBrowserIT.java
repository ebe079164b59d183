package cn.fazhi.flow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractIT;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The auditor's page in real headless Chromium on a 1366x768 screen: the auditor starts there, has it alone in the
 * menu, and the page fits the screen (the grid scrolls inside it, nothing runs off to the side); a county
 * administrator has no such menu entry and is refused the address. Screenshots go to target/screenshots.
 */
class SecurityLogBrowserIT extends AbstractIT {

    private static final String PASSWORD = "demo123";

    /** The texts of the menu's entries. */
    private static final String MENU =
            "return Array.from(document.querySelectorAll('vaadin-side-nav-item'))" + ".map(e => e.textContent.trim())";

    /**
     * The viewport, the page's whole size, the grid's place, how far the grid's table scrolls sideways and how many
     * entries the grid holds.
     */
    private static final String LAYOUT =
            """
            const grid = document.getElementById('audit-grid');
            const box = grid.getBoundingClientRect();
            const table = grid.shadowRoot.querySelector('#table');
            return {
              width: window.innerWidth, height: window.innerHeight,
              pageWidth: document.documentElement.scrollWidth, pageHeight: document.documentElement.scrollHeight,
              gridRight: Math.ceil(box.right), gridBottom: Math.ceil(box.bottom), gridHeight: Math.floor(box.height),
              tableScroll: table.scrollWidth - table.clientWidth,
              rows: grid.size
            };""";

    @Test
    void theAuditorSeesOnlyTheLogAndItFitsA1366x768Screen() throws Exception {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            try {
                browser.viewport(1366, 768);
                browser.login("auditor", PASSWORD);
                browser.byId("audit-grid");
                browser.waitForText("审计管理员");
                browser.waiter().until(d -> ((Number) ((Map<?, ?>) browser.script(LAYOUT)).get("rows")).intValue() > 0);
                browser.screenshot("audit-1366x768");
                assertThat(browser.currentPath()).isIn("/", "");
                assertThat(menu(browser)).containsExactly("安全审计");

                Map<?, ?> layout = (Map<?, ?>) browser.script(LAYOUT);
                int width = number(layout, "width");
                int height = number(layout, "height");
                assertThat(width).isEqualTo(1366);
                assertThat(height).isEqualTo(768);
                assertThat(number(layout, "pageWidth"))
                        .as("nothing runs off to the side")
                        .isLessThanOrEqualTo(width);
                assertThat(number(layout, "pageHeight"))
                        .as("the page itself does not scroll")
                        .isLessThanOrEqualTo(height);
                assertThat(number(layout, "gridRight")).isLessThanOrEqualTo(width);
                assertThat(number(layout, "gridBottom")).isLessThanOrEqualTo(height);
                assertThat(number(layout, "gridHeight")).as("room for rows").isGreaterThan(300);
                assertThat(number(layout, "tableScroll"))
                        .as("every column fits")
                        .isLessThanOrEqualTo(1);

                browser.logout();
                browser.login("admin", PASSWORD);
                assertThat(menu(browser)).doesNotContain("安全审计");
                browser.open("/audit");
                browser.waitForText("无权访问");
                assertThat(browser.allByCss("#audit-grid")).isEmpty();
                browser.screenshot("audit-refused-admin");
            } catch (Exception | AssertionError e) {
                browser.screenshot("audit-failure");
                throw e;
            }
        }
    }

    private static List<String> menu(Browser browser) {
        return ((List<?>) browser.script(MENU)).stream().map(String::valueOf).toList();
    }

    private static int number(Map<?, ?> layout, String key) {
        return ((Number) layout.get(key)).intValue();
    }
}
