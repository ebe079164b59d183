package cn.fazhi.flow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractIT;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The whole path in real headless Chromium, as the three roles click it: drafter3 submits 城区街道's report, the
 * advisor returns it with a paragraph comment, drafter3 edits and resubmits, the advisor approves, the county signs
 * off. Screenshots of each step go to target/screenshots.
 */
class ReportReviewBrowserIT extends AbstractIT {

    private static final String PASSWORD = "demo123";
    private static final String ADDED = "同时，街道已制定整改台账，逐项明确责任人和完成时限。";

    @Test
    void drafterAdvisorAndCountyWalkAReportFromDraftToSignOff() throws Exception {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            walk(browser);
        }
    }

    private void walk(Browser browser) throws Exception {
        try {
            walkThrough(browser);
        } catch (Exception | AssertionError e) {
            browser.screenshot("failure");
            System.err.println("save-state: " + browser.textOf("save-state"));
            throw e;
        }
    }

    private void walkThrough(Browser browser) throws Exception {
        {
            browser.open("/login");
            browser.screenshot("01-login");
            assertThat(browser.text()).contains("法治政府建设年度报告审核");

            // drafter3 opens the draft from the task list and submits it.
            browser.login("drafter3", PASSWORD);
            browser.waitForText("城区街道");
            browser.screenshot("02-drafter3-tasks");
            browser.click(browser.byCss("#tasks-grid .task-open"));
            browser.byId("editor-body-MEASURES");
            browser.screenshot("03-drafter3-editor");
            browser.clickId("editor-submit");
            browser.clickId("warnings-submit"); // 城区街道's text has warnings only: submit anyway
            browser.waitForText("法律审核中");
            String reportPage = browser.currentPath();
            assertThat(reportPage).matches("/reports/\\d+");
            browser.screenshot("04-drafter3-submitted");

            // The advisor claims it, comments on a paragraph and returns it with a comment.
            browser.logout();
            browser.login("advisor", PASSWORD);
            browser.open(reportPage + "/review");
            browser.clickId("review-claim");
            WebElement paragraph = browser.byId("p-1-1");
            browser.click(paragraph.findElement(By.cssSelector(".comment-paragraph")));
            browser.byCss("#comment-text textarea").sendKeys("请补充具体数据，说明举措的成效。");
            browser.clickId("comment-save");
            browser.waitForText("请补充具体数据，说明举措的成效。");
            browser.screenshot("05-advisor-comment");
            browser.clickId("review-return");
            browser.byCss("#return-comment textarea").sendKeys("第一部分成效不够具体，请修改后重新提交。");
            browser.screenshot("06-advisor-return-dialog");
            browser.clickId("return-confirm");
            browser.waitForText("我的待办");

            // drafter3 sees the comment beside its paragraph, edits the part and resubmits.
            browser.logout();
            browser.login("drafter3", PASSWORD);
            browser.open(reportPage + "/edit");
            browser.waitForText("请补充具体数据，说明举措的成效。");
            assertThat(browser.byId("editor-comments-MEASURES").getText()).contains("请补充具体数据");
            WebElement body = browser.byCss("#editor-body-MEASURES textarea");
            browser.click(body);
            body.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "\n" + ADDED);
            browser.waiter().until(d -> browser.textOf("save-state").contains("已保存"));
            browser.script("document.getElementById('editor-part-MEASURES').scrollIntoView()");
            browser.screenshot("07-drafter3-edited");
            browser.clickId("editor-submit");
            browser.clickId("warnings-submit"); // 城区街道's text has warnings only: submit anyway
            browser.waitForText("法律审核中");
            assertThat(browser.text()).as("the timeline keeps the return").contains("退回修改");

            // The advisor sees what changed and approves.
            browser.logout();
            browser.login("advisor", PASSWORD);
            browser.open(reportPage + "/review");
            browser.clickId("diff-toggle");
            browser.waitForText(ADDED);
            browser.screenshot("08-advisor-diff");
            browser.clickId("review-approve");
            browser.clickId("approve-confirm");
            browser.waitForText("我的待办");

            // The county signs off.
            browser.logout();
            browser.login("county", PASSWORD);
            browser.waitForText("城区街道");
            browser.open(reportPage + "/review");
            browser.clickId("review-approve");
            browser.clickId("approve-confirm");
            browser.open(reportPage);
            browser.waitForText("已通过");
            browser.screenshot("09-county-approved");
        }
    }
}
