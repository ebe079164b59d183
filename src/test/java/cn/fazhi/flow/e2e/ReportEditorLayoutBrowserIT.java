package cn.fazhi.flow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractIT;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The editor on a common office laptop (1366×768) in real headless Chromium, as drafter1 (太要镇, whose part 三 is
 * missing): the text gets the width, the part's tag stays on one line, the findings wrap, and submit and the save state
 * stay in sight after scrolling to the last part. Nothing is changed. Screenshots go to target/screenshots.
 */
class ReportEditorLayoutBrowserIT extends AbstractIT {

    /** Where an element stands in the viewport, and how its text is laid out. */
    private static final String BOX = "const e = document.getElementById(arguments[0]);"
            + "const b = e.getBoundingClientRect();"
            + "const s = getComputedStyle(e);"
            + "return {top: b.top, bottom: b.bottom, width: b.width, height: b.height,"
            + " fontSize: parseFloat(s.fontSize), viewport: window.innerHeight, text: e.textContent};";

    @Test
    void onALaptopTheTextHasTheWidthAndSubmitStaysInSight() throws Exception {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.viewport(1366, 768);
            browser.login("drafter1", "demo123");
            browser.click(browser.byCss("#tasks-grid .task-open"));
            browser.byId("editor-body-MEASURES");
            browser.screenshot("editor-1366-top");

            assertThat(number(box(browser, "editor-body-MEASURES"), "width"))
                    .as("width of a part's text")
                    .isGreaterThan(600);
            Map<?, ?> tag = box(browser, "editor-tag-LEADERSHIP");
            assertThat(tag.get("text")).isEqualTo("必备");
            assertThat(number(tag, "height")).as("the tag 必备 is one line high").isLessThan(2 * number(tag, "fontSize"));
            assertThat(number(tag, "width")).isGreaterThan(number(tag, "height"));
            assertThat(browser.evaluate("return [...document.querySelectorAll('#editor-findings .check-message')]"
                            + ".filter(m => m.scrollWidth > m.clientWidth + 1 || getComputedStyle(m).whiteSpace"
                            + " === 'nowrap').length"))
                    .as("finding messages cut off")
                    .isEqualTo(0L);

            browser.script("document.getElementById('editor-date').scrollIntoView({block: 'end'})");
            browser.screenshot("editor-1366-last-part");
            Map<?, ?> date = box(browser, "editor-date");
            assertThat(number(date, "bottom"))
                    .as("the last field, scrolled to")
                    .isLessThanOrEqualTo(number(date, "viewport") + 1);

            for (String id : new String[] {"editor-submit", "save-state"}) {
                Map<?, ?> box = box(browser, id);
                assertThat(number(box, "top")).as(id + " top").isGreaterThanOrEqualTo(0);
                assertThat(number(box, "bottom")).as(id + " bottom").isLessThanOrEqualTo(number(box, "viewport"));
                assertThat(number(box, "height")).as(id + " height").isPositive();
            }
            assertThat(box(browser, "save-state").get("text").toString()).startsWith("上次保存：");
            Map<?, ?> lastPart = box(browser, "editor-heading-OTHER");
            assertThat(number(lastPart, "top"))
                    .as("the last part is on screen below the action bar")
                    .isGreaterThan(number(box(browser, "editor-actions"), "bottom"));
        }
    }

    private static Map<?, ?> box(Browser browser, String id) {
        return (Map<?, ?>) browser.evaluate(BOX, id);
    }

    private static double number(Map<?, ?> box, String key) {
        return ((Number) box.get(key)).doubleValue();
    }
}
