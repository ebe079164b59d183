package cn.fazhi.flow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.fazhi.flow.AbstractIT;
import cn.fazhi.flow.campaign.CampaignService;
import cn.fazhi.flow.campaign.OpenCampaign;
import cn.fazhi.flow.check.CheckService;
import cn.fazhi.flow.check.Finding;
import cn.fazhi.flow.check.ReportFinding;
import cn.fazhi.flow.notify.NotificationService;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.Role;
import cn.fazhi.flow.org.TownshipKind;
import cn.fazhi.flow.publish.PublishService;
import cn.fazhi.flow.report.Closing;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportPart;
import cn.fazhi.flow.review.CommentService;
import cn.fazhi.flow.review.CommentView;
import cn.fazhi.flow.review.Decision;
import cn.fazhi.flow.review.NewComment;
import cn.fazhi.flow.review.ReviewService;
import cn.fazhi.flow.review.TaskItem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stored XSS, tried as an attacker would, in real headless Chromium: every text a user can write (report title,
 * opening, part headings and bodies, closing, comments and replies, return and approval comments, waiver reasons,
 * urge messages, redactions, an import's file name, county, township and user names, a login tried at the sign-in
 * form) holds markup that would run a
 * script, and every page that shows such text is opened as the roles that see it, and anonymously for the public
 * pages. On each page: the text is shown as text, no payload ran (each payload calls {@code __x}, which the test
 * installs before any script of the page), no payload element exists in the page or in any shadow root, and the page
 * met no Content-Security-Policy violation.
 */
class StoredXssBrowserIT extends AbstractIT {

    private static final String PASSWORD = "test123";

    /** Installed before every page: what the payloads call (the browser records CSP violations itself). */
    private static final String WATCH = "window.__xss = []; window.__x = f => window.__xss.push(f);";

    private static boolean seeded;
    private static long published;
    private static long returned;
    private static long inReview;
    private static long approved;

    @Autowired
    OrgService org;

    @Autowired
    ReviewService review;

    @Autowired
    CommentService comments;

    @Autowired
    CheckService check;

    @Autowired
    NotificationService notifications;

    @Autowired
    PublishService publish;

    @Autowired
    CampaignService campaigns;

    /**
     * The full payload for a field: a visible tag, then a script that closes the script it stands in, an image and an
     * SVG with event handlers; each would call {@code __x(tag)}.
     */
    static String attack(String tag) {
        return "‹" + tag + "›</script><script data-xss>__x('" + tag + "')</script><img data-xss src=x onerror=__x('"
                + tag + "')><svg data-xss onload=__x('" + tag + "')>";
    }

    /** A shorter payload for fields of 100 characters or less (names). */
    static String name(String tag) {
        return "‹" + tag + "›</script><script data-xss>__x('" + tag + "')</script><svg data-xss onload=__x('" + tag
                + "')>";
    }

    /** The shortest payload, for the closing date (50 characters). */
    static String tiny(String tag) {
        return "‹" + tag + "›<svg data-xss onload=__x('" + tag + "')>";
    }

    static String drafter() {
        return "xss-drafter";
    }

    static String advisor() {
        return "xss-advisor";
    }

    static String reviewer() {
        return "xss-county";
    }

    static String admin() {
        return "xss-admin";
    }

    /** A complete report for the year with a payload in every field the drafter writes. */
    static ReportContent text(int year) {
        return new ReportContent(
                "试点镇" + year + "年法治政府建设情况报告" + attack("title"),
                "现将我镇" + year + "年法治政府建设情况报告如下：" + attack("opening"),
                List.of(
                        new ReportPart(
                                PartKind.MEASURES,
                                "一、主要举措和成效" + attack("heading"),
                                "一是抓学法用法，全年组织领导干部会前学法十二次。\n" + attack("body") + "\n二是抓依法决策，重大行政决策全部经过合法性审查。"),
                        new ReportPart(PartKind.SHORTCOMINGS, "二、存在的不足和原因", "基层法治力量仍然薄弱。" + attack("short")),
                        new ReportPart(PartKind.LEADERSHIP, "三、党政主要负责人履行推进法治建设第一责任人职责情况", "党政主要负责人亲自部署法治建设重要工作。"),
                        new ReportPart(PartKind.NEXT_YEAR, "四、下一年度主要安排", "持续深化法治政府建设。")),
                new Closing("试点镇人民政府" + attack("office"), tiny("date")));
    }

    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        SecurityContextHolder.clearContext();
        long county = org.createCounty("XSS", "试点县" + name("county"), false);
        long township = org.createTownship(county, "XSS-01", name("township"), TownshipKind.TOWN);
        user(drafter(), name("drafter"), county, township, Role.DRAFTER, Set.of());
        user(advisor(), name("advisor"), county, null, Role.LEGAL_ADVISOR, Set.of(township));
        user(reviewer(), name("reviewer"), county, null, Role.COUNTY_REVIEWER, Set.of());
        user(admin(), name("admin"), county, null, Role.ADMIN, Set.of());

        // Returned with a paragraph comment and a return comment; the drafter replied and waived a warning.
        returned = open(township, 2022);
        returnWithComments(returned);
        answer(returned);

        // The same, then resubmitted, approved with a comment by both reviewers and published with a redaction.
        published = open(township, 2021);
        returnWithComments(published);
        answer(published);
        submit(published);
        decide(advisor(), published, Decision.APPROVE, attack("approve"));
        decide(reviewer(), published, Decision.APPROVE, attack("signoff"));
        org.runAs(admin(), () -> publish.publish(published, true, List.of(attack("body"))));

        // In legal review with a comment, urged by the administrator with a message.
        inReview = open(township, 2023);
        submit(inReview);
        org.runAs(
                advisor(),
                () -> comments.add(
                        inReview, new NewComment(PartKind.MEASURES, 1, "一是抓学法用法", attack("comment2"), null)));
        org.runAs(admin(), () -> {
            notifications.urge(inReview, attack("urge"));
            return null;
        });

        // Approved by the county, not yet published: the publish dialog shows its text.
        approved = open(township, 2024);
        submit(approved);
        decide(advisor(), approved, Decision.APPROVE, "");
        decide(reviewer(), approved, Decision.APPROVE, "");

        // This year's campaign: the board lists the township.
        int year = LocalDateTime.now().getYear();
        org.runAs(
                admin(),
                () -> campaigns.open(new OpenCampaign(year, LocalDateTime.now().plusDays(30), 10, 10, null, null)));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> org.runAs(advisor(), () -> notifications.list(Locale.CHINA)).stream()
                        .anyMatch(n -> n.detail() != null && n.detail().contains("‹urge›")));
        seeded = true;
    }

    private void user(String username, String displayName, long county, Long township, Role role, Set<Long> advised) {
        org.createUser(
                username, PASSWORD, displayName, username + "@test.local", county, township, EnumSet.of(role), advised);
    }

    private long open(long township, int year) {
        return org.runAs(drafter(), () -> review.open(township, year, text(year)));
    }

    private void submit(long reportId) {
        assertThat(org.runAs(drafter(), () -> review.submit(reportId)).accepted())
                .as("submission of " + reportId)
                .isTrue();
    }

    private void decide(String user, long reportId, Decision decision, String comment) {
        org.runAs(user, () -> {
            TaskItem task = review.myTasks().stream()
                    .filter(t -> t.reportId() == reportId)
                    .findFirst()
                    .orElseThrow();
            review.decide(task.id(), decision, comment, false);
            return null;
        });
    }

    private void returnWithComments(long reportId) {
        submit(reportId);
        org.runAs(
                advisor(),
                () -> comments.add(reportId, new NewComment(PartKind.MEASURES, 1, "一是抓学法用法", attack("comment"), null)));
        decide(advisor(), reportId, Decision.RETURN, attack("return"));
    }

    /** The drafter replies to the first comment and waives a warning of the draft, each with a payload. */
    private void answer(long reportId) {
        org.runAs(drafter(), () -> {
            List<CommentView> list = comments.list(reportId, text(2022));
            comments.add(
                    reportId,
                    new NewComment(
                            null, null, null, attack("reply"), list.get(0).id()));
            Finding warning = check.findings(reportId).stream()
                    .map(ReportFinding::finding)
                    .filter(f -> !f.blocking())
                    .findFirst()
                    .orElseThrow();
            return check.waive(reportId, warning.rule(), warning.part(), warning.excerpt(), attack("waiver"));
        });
    }

    /**
     * Opens a page and checks it: the tag of a payload is shown as text, and nothing of any payload ran or became an
     * element.
     */
    private void visit(Browser browser, String path, String shownTag) {
        browser.load(path);
        assertSafe(browser, path + " (as loaded)");
        browser.settle();
        browser.waitForText("‹" + shownTag + "›");
        assertSafe(browser, path);
    }

    private static void assertSafe(Browser browser, String where) {
        assertThat((List<?>) browser.evaluate("return window.__xss || []"))
                .as("payloads that ran on " + where)
                .isEmpty();
        assertThat(browser.deepFind("[data-xss], [onerror], [onload]"))
                .as("payload elements on " + where)
                .isEmpty();
        assertThat(browser.cspViolations())
                .as("Content-Security-Policy violations on " + where)
                .isEmpty();
    }

    private Browser browser() throws Exception {
        Browser browser = new Browser("http://localhost:" + port);
        browser.beforeEveryPage(WATCH);
        return browser;
    }

    @Test
    void thePublicPagesShowUserTextAsTextToAnonymousVisitors() throws Exception {
        try (Browser browser = browser()) {
            visit(browser, "/public", "township");
            visit(browser, "/public/reports/" + published, "title");
            for (String tag : List.of("opening", "heading", "short", "office", "date", "county")) {
                assertThat(browser.text()).contains("‹" + tag + "›");
            }
            assertThat(browser.text()).as("the redacted passage").doesNotContain("‹body›");
            browser.screenshot("xss-public-report");
        }
    }

    @Test
    void theDrafterSeesEveryTextAsText() throws Exception {
        try (Browser browser = browser()) {
            browser.login(drafter(), PASSWORD);
            assertSafe(browser, "the start page");
            visit(browser, "/tasks", "township");
            visit(browser, "/reports", "township");
            visit(browser, "/notifications", "township");
            visit(browser, "/reports/" + returned, "return");
            assertThat(browser.text()).contains("‹comment›", "‹reply›", "‹drafter›");
            visit(browser, "/reports/" + returned + "/edit", "comment");
            assertThat(browser.text()).contains("‹reply›", "‹waiver›");
            visit(browser, "/reports/" + published, "approve");

            // An import whose file name is a payload: the preview names the file.
            visit(browser, "/reports/" + returned + "/edit", "comment");
            Path dir = Files.createTempDirectory("xss-upload");
            Path file = dir.resolve("‹file›<img data-xss src=x onerror=__x('file')>.txt");
            Files.writeString(file, "试点镇报告\n一、主要举措和成效\n学法十二次。", StandardCharsets.UTF_8);
            browser.upload("document-upload", file);
            browser.byId("document-preview");
            browser.waitForText("‹file›");
            assertSafe(browser, "the import preview");
            browser.screenshot("xss-import-preview");
        }
    }

    @Test
    void theLegalAdvisorSeesEveryTextAsText() throws Exception {
        try (Browser browser = browser()) {
            browser.login(advisor(), PASSWORD);
            visit(browser, "/tasks", "township");
            browser.click(browser.byCss("#tasks-grid .task-claim"));
            browser.waitForText("已签收");
            assertThat(browser.deepFind("vaadin-notification-card")).isNotEmpty();
            assertSafe(browser, "the notification of a claim");
            visit(browser, "/notifications", "urge");
            assertThat(browser.text()).contains("‹admin›");
            visit(browser, "/reports/" + inReview + "/review", "comment2");
            assertThat(browser.text()).contains("‹body›", "‹office›");
            visit(browser, "/reports/" + returned + "/review", "comment");
            assertThat(browser.text()).contains("‹reply›");
            browser.screenshot("xss-review");
        }
    }

    @Test
    void theCountySeesEveryTextAsText() throws Exception {
        try (Browser browser = browser()) {
            browser.login(reviewer(), PASSWORD);
            visit(browser, "/reports", "township");
            visit(browser, "/reports/" + published, "signoff");
            assertThat(browser.text()).contains("‹approve›", "‹advisor›");
            visit(browser, "/campaigns", "township");
        }
    }

    @Test
    void theAdministratorSeesEveryTextAsText() throws Exception {
        try (Browser browser = browser()) {
            browser.login(admin(), PASSWORD);
            visit(browser, "/campaigns", "township");
            browser.screenshot("xss-board");
            browser.click(browser.byCss("#board-grid vaadin-button"));
            browser.byCss("vaadin-dialog-overlay vaadin-text-area textarea").sendKeys(attack("urge2"));
            assertSafe(browser, "the urge dialog");
            browser.click(browser.byCss("vaadin-dialog-overlay vaadin-button[theme~='primary']"));
            browser.waitForText("已催办");
            assertSafe(browser, "the notification of an urge");
            visit(browser, "/reports", "township");
            visit(browser, "/reports/" + inReview, "urge");
            visit(browser, "/reports/" + published, "title");
            visit(browser, "/reports/" + approved, "title");
            browser.clickId("publish-open");
            browser.byId("publish-preview");
            browser.waitForText("‹opening›");
            assertSafe(browser, "the publish dialog");
            browser.screenshot("xss-publish-dialog");
        }
    }

    /**
     * The second line of defence, and a check that the test can see a violation at all: markup that did reach the page
     * would not run under the Content-Security-Policy, and the page records the attempt.
     */
    @Test
    void markupThatReachedThePageWouldNotRunUnderThePolicy() throws Exception {
        try (Browser browser = browser()) {
            browser.open("/public");
            browser.evaluate("const s = document.createElement('script'); s.textContent = \"__x('inline')\";"
                    + "document.body.appendChild(s);"
                    + "const d = document.createElement('div');"
                    + "d.innerHTML = \"<img src=x onerror=\\\"__x('handler')\\\">\";"
                    + "document.body.appendChild(d);");
            browser.waiter().until(d -> browser.cspViolations().size() >= 2);
            assertThat(browser.evaluate("return window.__xss")).asList().isEmpty();
            assertThat(browser.cspViolations().toString()).contains("script-src-elem", "script-src-attr");
        }
    }

    /** A login name tried at the sign-in form is typed by anyone; the auditor reads it in the security log. */
    @Test
    void theAuditorSeesTriedLoginNamesAsText() throws Exception {
        try (Browser browser = browser()) {
            browser.open("/login");
            browser.submitLogin(tiny("login"), "wrong-password");
            browser.login("auditor", "demo123");
            browser.load("/audit");
            assertSafe(browser, "/audit (as loaded)");
            browser.settle();
            browser.byId("audit-grid");
            // Other tests of the run wrote entries, some dated later by their moved clocks: the tried login is found
            // by the page's own filter.
            browser.byCss("#audit-user input").sendKeys(tiny("login") + Keys.ENTER);
            browser.settle();
            browser.waitForText("‹login›");
            assertSafe(browser, "/audit filtered");
        }
    }

    @Test
    void theSystemAdministratorSeesCountyNamesAsText() throws Exception {
        try (Browser browser = browser()) {
            browser.login("sysadmin", "demo123");
            visit(browser, "/system", "county");
        }
    }
}
