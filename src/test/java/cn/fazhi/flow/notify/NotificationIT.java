package cn.fazhi.flow.notify;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractIT;
import cn.fazhi.flow.ApiClient;
import cn.fazhi.flow.ApiClient.Reply;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.Role;
import cn.fazhi.flow.org.TownshipKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportTextParser;
import cn.fazhi.flow.review.Decision;
import cn.fazhi.flow.review.ReviewService;
import cn.fazhi.flow.review.SubmitResult;
import cn.fazhi.flow.review.TaskItem;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Notifications end to end, with mails caught by an embedded SMTP server (GreenMail): every kind of mail, who gets it,
 * in which language, the opt-out, and the REST API with its refusals. Runs on a county of its own, created here, so
 * that it neither depends on nor changes what the other integration tests see in the demo county.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationIT extends AbstractIT {

    private static final int SMTP_PORT = freePort();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000L, 36);
    private static final String TOWNSHIP = "通知测试镇" + RUN;
    private static final String DRAFTER = "ntf-drafter-" + RUN;
    private static final String DRAFTER_EN = "ntf-drafter-en-" + RUN;
    private static final String OPTED_OUT = "ntf-optout-" + RUN;
    private static final String NO_MAIL = "ntf-nomail-" + RUN;
    private static final String LEAD = "ntf-lead-" + RUN;
    private static final String ADVISOR = "ntf-advisor-" + RUN;
    private static final String COUNTY = "ntf-county-" + RUN;
    private static final String ADMIN = "ntf-admin-" + RUN;
    private static final String PASSWORD = "secret123";

    @RegisterExtension
    static GreenMailExtension greenMail =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("fazhi.notify.base-url", () -> "https://fazhi.example.cn/");
        registry.add("fazhi.notify.mail-from", () -> "noreply@fazhi.example.cn");
    }

    @Autowired
    OrgService org;

    @Autowired
    ReviewService review;

    @Autowired
    NotificationService notifications;

    @Autowired
    TaskService engineTasks;

    @Autowired
    ObjectMapper json;

    private static long countyId;
    private static long townshipId;
    private static long reportId;
    private static long secondReportId;

    @BeforeEach
    void township() {
        if (townshipId != 0) {
            return;
        }
        countyId = org.createCounty("NTFC-" + RUN, "通知测试县" + RUN, false);
        long county = countyId;
        townshipId = org.createTownship(county, "NTF-" + RUN, TOWNSHIP, TownshipKind.TOWN);
        org.createUser(
                COUNTY,
                PASSWORD,
                "审核员",
                COUNTY + "@example.cn",
                county,
                null,
                EnumSet.of(Role.COUNTY_REVIEWER),
                Set.of());
        org.createUser(ADMIN, PASSWORD, "管理员甲", ADMIN + "@example.cn", county, null, EnumSet.of(Role.ADMIN), Set.of());
        user(DRAFTER, "起草人甲", DRAFTER + "@example.cn", EnumSet.of(Role.DRAFTER), Set.of());
        user(DRAFTER_EN, "Drafter B", DRAFTER_EN + "@example.cn", EnumSet.of(Role.DRAFTER), Set.of());
        user(OPTED_OUT, "起草人丙", OPTED_OUT + "@example.cn", EnumSet.of(Role.DRAFTER), Set.of());
        user(NO_MAIL, "起草人丁", null, EnumSet.of(Role.DRAFTER), Set.of());
        user(LEAD, "负责人", LEAD + "@example.cn", EnumSet.of(Role.TOWNSHIP_LEAD), Set.of());
        org.createUser(
                ADVISOR,
                PASSWORD,
                "顾问",
                ADVISOR + "@example.cn",
                county,
                null,
                EnumSet.of(Role.LEGAL_ADVISOR),
                Set.of(townshipId));
        org.runAs(DRAFTER_EN, () -> {
            org.changeLocale("en");
            return null;
        });
        org.runAs(OPTED_OUT, () -> {
            notifications.setEmailEnabled(false);
            return null;
        });
    }

    private void user(String username, String name, String email, Set<Role> roles, Set<Long> advised) {
        org.createUser(username, PASSWORD, name, email, countyId, townshipId, roles, advised);
    }

    @Test
    @Order(1)
    void openingAReportTellsItsDraftersInTheirLanguageExceptWhoOptedOut() throws Exception {
        reportId = org.runAs(DRAFTER, () -> review.open(townshipId, 2024, cleanReport()));

        Map<String, MimeMessage> mails = mails(2);
        assertThat(mails).containsOnlyKeys(DRAFTER + "@example.cn", DRAFTER_EN + "@example.cn");
        MimeMessage zh = mails.get(DRAFTER + "@example.cn");
        assertThat(zh.getSubject()).isEqualTo("【法治政府建设年度报告】" + TOWNSHIP + "2024年度报告有待办：起草报告");
        assertThat(zh.getFrom()[0].toString()).isEqualTo("noreply@fazhi.example.cn");
        assertThat(text(zh)).contains("起草人甲，您好", TOWNSHIP, "https://fazhi.example.cn/reports/" + reportId);
        MimeMessage en = mails.get(DRAFTER_EN + "@example.cn");
        assertThat(en.getSubject())
                .isEqualTo("[Rule-of-law report] " + TOWNSHIP + " 2024 report is waiting for you: Draft the report");
        assertThat(text(en)).contains("Dear Drafter B", "https://fazhi.example.cn/reports/" + reportId);

        // In the app everyone is told, also who has no address or switched mail off.
        for (String user : List.of(DRAFTER, DRAFTER_EN, OPTED_OUT, NO_MAIL)) {
            List<NotificationItem> items = org.runAs(user, () -> notifications.list(Locale.CHINESE));
            assertThat(items).hasSize(1);
            assertThat(items.get(0).kind()).isEqualTo(NotificationKind.TASK_AVAILABLE);
            assertThat(items.get(0).reportId()).isEqualTo(reportId);
            assertThat(items.get(0).read()).isFalse();
        }
        assertThat(org.runAs(LEAD, () -> notifications.unreadCount())).isZero();
    }

    @Test
    @Order(2)
    void theReviewPathTellsEachStepsPeople() throws Exception {
        // Submitted: the township's legal advisor has a task; the drafter who submitted is not told.
        SubmitResult submitted = org.runAs(DRAFTER, () -> review.submit(reportId));
        assertThat(submitted.accepted())
                .as("the clean report passes the pre-check")
                .isTrue();
        Map<String, MimeMessage> mails = mails(1);
        assertThat(mails).containsOnlyKeys(ADVISOR + "@example.cn");
        assertThat(mails.get(ADVISOR + "@example.cn").getSubject()).contains(TOWNSHIP, "法律顾问审核");

        // Returned by the advisor: the drafters are told, the advisor (who decided) is not told they hold it.
        greenMail.purgeEmailFromAllMailboxes();
        org.runAs(ADVISOR, () -> {
            review.decide(taskOf(reportId), Decision.RETURN, "请补充第三部分。", false);
            return null;
        });
        mails = mails(2);
        assertThat(mails).containsOnlyKeys(DRAFTER + "@example.cn", DRAFTER_EN + "@example.cn");
        assertThat(mails.get(DRAFTER + "@example.cn").getSubject())
                .isEqualTo("【法治政府建设年度报告】" + TOWNSHIP + "2024年度报告已退回修改");
        assertThat(mails.get(DRAFTER_EN + "@example.cn").getSubject()).contains("was returned for revision");

        // Resubmitted, then assigned to the advisor by the administrator: TASK_ASSIGNED.
        greenMail.purgeEmailFromAllMailboxes();
        org.runAs(DRAFTER, () -> review.submit(reportId));
        mails(1);
        greenMail.purgeEmailFromAllMailboxes();
        String legalTask = org.runAs(ADVISOR, () -> taskOf(reportId));
        org.runAs(ADMIN, () -> {
            engineTasks.setAssignee(legalTask, ADVISOR);
            return null;
        });
        mails = mails(1);
        assertThat(mails.get(ADVISOR + "@example.cn").getSubject())
                .isEqualTo("【法治政府建设年度报告】" + TOWNSHIP + "2024年度报告的“法律顾问审核”已交给您办理");

        // Approved by the advisor: the county's reviewer has a task.
        greenMail.purgeEmailFromAllMailboxes();
        org.runAs(ADVISOR, () -> {
            review.decide(legalTask, Decision.APPROVE, "", false);
            return null;
        });
        mails = mails(1);
        assertThat(mails).containsOnlyKeys(COUNTY + "@example.cn");
        assertThat(mails.get(COUNTY + "@example.cn").getSubject()).contains(TOWNSHIP, "县级审核");

        // Urged by the administrator: the county's reviewers (the pool) read the message.
        greenMail.purgeEmailFromAllMailboxes();
        org.runAs(ADMIN, () -> {
            notifications.urge(reportId, "请今天内完成审核。");
            return null;
        });
        mails = mails(1);
        MimeMessage urged = mails.get(COUNTY + "@example.cn");
        assertThat(urged.getSubject()).isEqualTo("【法治政府建设年度报告】管理员甲催办" + TOWNSHIP + "2024年度报告：县级审核");
        assertThat(text(urged)).contains("留言：请今天内完成审核。", "/reports/" + reportId);

        // Approved by the county: the drafters and the lead.
        greenMail.purgeEmailFromAllMailboxes();
        org.runAs(COUNTY, () -> {
            review.decide(taskOf(reportId), Decision.APPROVE, "", false);
            return null;
        });
        mails = mails(3);
        assertThat(mails).containsOnlyKeys(DRAFTER + "@example.cn", DRAFTER_EN + "@example.cn", LEAD + "@example.cn");
        assertThat(mails.get(LEAD + "@example.cn").getSubject())
                .isEqualTo("【法治政府建设年度报告】" + TOWNSHIP + "2024年度报告已通过县级审核");
        assertThat(mails.get(DRAFTER_EN + "@example.cn").getSubject()).contains("was approved by the county");

        List<NotificationItem> drafters = org.runAs(OPTED_OUT, () -> notifications.list(Locale.CHINESE));
        assertThat(drafters)
                .extracting(NotificationItem::kind)
                .containsExactly(
                        NotificationKind.REPORT_APPROVED,
                        NotificationKind.REPORT_RETURNED,
                        NotificationKind.TASK_AVAILABLE);
    }

    @Test
    @Order(3)
    void remindersAndOverdueGoToTheRolesTheyName() throws Exception {
        notifications.send(new Notice(
                NotificationKind.SUBMISSION_REMINDER,
                reportId,
                Set.of(),
                Set.of(Role.DRAFTER),
                Set.of(),
                "2025-01-31"));
        Map<String, MimeMessage> mails = mails(2);
        assertThat(mails).containsOnlyKeys(DRAFTER + "@example.cn", DRAFTER_EN + "@example.cn");
        assertThat(mails.get(DRAFTER + "@example.cn").getSubject())
                .isEqualTo("【法治政府建设年度报告】" + TOWNSHIP + "2024年度报告须于2025年1月31日前提交");

        greenMail.purgeEmailFromAllMailboxes();
        notifications.send(new Notice(
                NotificationKind.SUBMISSION_OVERDUE,
                reportId,
                Set.of(),
                Set.of(Role.TOWNSHIP_LEAD),
                Set.of(Role.ADMIN),
                "2025-01-31"));
        mails = mails(2);
        assertThat(mails).containsOnlyKeys(LEAD + "@example.cn", ADMIN + "@example.cn");
        assertThat(mails.get(ADMIN + "@example.cn").getSubject())
                .isEqualTo("【法治政府建设年度报告】" + TOWNSHIP + "2024年度报告已逾期未提交（截止2025年1月31日）");

        greenMail.purgeEmailFromAllMailboxes();
        notifications.send(new Notice(
                NotificationKind.REVIEW_REMINDER,
                reportId,
                Set.of(ADVISOR, "nobody-" + RUN),
                Set.of(Role.LEGAL_ADVISOR),
                Set.of(),
                "2025-02-10"));
        mails = mails(1);
        assertThat(mails).containsOnlyKeys(ADVISOR + "@example.cn");
        assertThat(mails.get(ADVISOR + "@example.cn").getSubject()).contains(TOWNSHIP, "已超过审核期限");

        greenMail.purgeEmailFromAllMailboxes();
        notifications.send(new Notice(
                NotificationKind.PUBLICATION_REMINDER, reportId, Set.of(), Set.of(), Set.of(Role.ADMIN), "2025-04-01"));
        mails = mails(1);
        assertThat(mails.get(ADMIN + "@example.cn").getSubject())
                .isEqualTo("【法治政府建设年度报告】" + TOWNSHIP + "2024年度报告须于2025年4月1日前公开");
        assertThat(text(mails.get(ADMIN + "@example.cn"))).contains("管理员甲，您好");
    }

    // --- the REST API ---

    @Test
    @Order(4)
    void theListIsTheCallersOwnAndOnlyTheyMarkTheirsRead() {
        Reply list = call(DRAFTER, "GET", "/api/notifications", null, "zh-CN");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().get(0).get("kind").asText()).isEqualTo("SUBMISSION_REMINDER");
        assertThat(list.body().get(0).get("title").asText()).contains(TOWNSHIP, "2025年1月31日");
        assertThat(call(DRAFTER, "GET", "/api/notifications", null, "en")
                        .body()
                        .get(0)
                        .get("title")
                        .asText())
                .contains("is due for submission by Jan 31, 2025");
        long id = list.body().get(0).get("id").asLong();

        Reply foreign = call(DRAFTER_EN, "POST", "/api/notifications/" + id + "/read", null, "zh-CN");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.body().get("message").asText()).isEqualTo("这不是您的通知。");
        assertThat(call(DRAFTER, "POST", "/api/notifications/999999999/read", null, "zh-CN")
                        .status())
                .isEqualTo(404);

        long unread = call(DRAFTER, "GET", "/api/notifications/unread-count", null, "zh-CN")
                .body()
                .get("unread")
                .asLong();
        Reply read = call(DRAFTER, "POST", "/api/notifications/" + id + "/read", null, "zh-CN");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("unread").asLong()).isEqualTo(unread - 1);
        assertThat(call(DRAFTER, "POST", "/api/notifications/read-all", null, "zh-CN")
                        .body()
                        .get("unread")
                        .asLong())
                .isZero();
        assertThat(call(null, "GET", "/api/notifications", null, "zh-CN").status())
                .isEqualTo(401);
    }

    @Test
    @Order(5)
    void urgingIsForTheCountyAndRateLimited() throws Exception {
        secondReportId = org.runAs(DRAFTER, () -> review.open(townshipId, 2023, cleanReport()));
        String path = "/api/reports/" + secondReportId + "/urge";

        Reply drafter = call(DRAFTER, "POST", path, Map.of("message", "x"), "zh-CN");
        assertThat(drafter.status()).isEqualTo(403);
        assertThat(drafter.body().get("message").asText()).isEqualTo("只有本县的管理员和县级审核人员可以催办。");
        assertThat(call("drafter1", "POST", path, Map.of(), "zh-CN").status()).isEqualTo(403);

        greenMail.purgeEmailFromAllMailboxes();
        Reply first = call(COUNTY, "POST", path, Map.of("message", "请尽快起草。"), "zh-CN");
        assertThat(first.status()).isEqualTo(200);
        assertThat(mails(2)).containsOnlyKeys(DRAFTER + "@example.cn", DRAFTER_EN + "@example.cn");

        Reply again = call(ADMIN, "POST", path, Map.of(), "zh-CN");
        assertThat(again.status()).isEqualTo(429);
        assertThat(again.body().get("error").asText()).isEqualTo("notify.error.urgedTooRecently");
        assertThat(again.body().get("message").asText())
                .matches("这份报告刚催办过，\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2} 之后才能再次催办。");
        assertThat(call(ADMIN, "POST", path, null, "en").body().get("message").asText())
                .matches("This report was urged recently; it can be urged again after [A-Z][a-z]{2} \\d{1,2}, \\d{4} "
                        + "\\d{2}:\\d{2}\\.");

        Reply history = call(COUNTY, "GET", "/api/reports/" + secondReportId + "/history", null, "zh-CN");
        assertThat(history.body().findValuesAsText("action")).contains("URGED");

        // The approved report has no open task.
        Reply done = call(COUNTY, "POST", "/api/reports/" + reportId + "/urge", Map.of(), "zh-CN");
        assertThat(done.status()).isEqualTo(409);
        assertThat(done.body().get("message").asText()).isEqualTo("这份报告当前没有待办环节，无需催办。");
    }

    @Test
    @Order(6)
    void aUserSwitchesTheirMailOffAndOnThroughTheApi() throws Exception {
        assertThat(call(LEAD, "GET", "/api/notifications/email", null, "zh-CN")
                        .body()
                        .get("enabled")
                        .asBoolean())
                .isTrue();
        assertThat(call(LEAD, "PUT", "/api/notifications/email", Map.of("enabled", false), "zh-CN")
                        .body()
                        .get("enabled")
                        .asBoolean())
                .isFalse();
        greenMail.purgeEmailFromAllMailboxes();
        notifications.send(new Notice(
                NotificationKind.SUBMISSION_OVERDUE, reportId, Set.of(LEAD), Set.of(), Set.of(), "2025-01-31"));
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(org.runAs(LEAD, () -> notifications.list(Locale.CHINESE))
                        .get(0)
                        .kind())
                .isEqualTo(NotificationKind.SUBMISSION_OVERDUE);
        assertThat(call(LEAD, "PUT", "/api/notifications/email", Map.of("enabled", true), "zh-CN")
                        .body()
                        .get("enabled")
                        .asBoolean())
                .isTrue();
    }

    // --- helpers ---

    private String taskOf(long report) {
        return review.myTasks().stream()
                .filter(t -> t.reportId() == report)
                .map(TaskItem::id)
                .findFirst()
                .orElseThrow();
    }

    /** Waits for the expected number of mails and answers them by recipient; fails on more than expected. */
    private static Map<String, MimeMessage> mails(int expected) throws Exception {
        assertThat(greenMail.waitForIncomingEmail(5000, expected))
                .as("%d mails", expected)
                .isTrue();
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(expected);
        Map<String, MimeMessage> byRecipient = new TreeMap<>();
        for (MimeMessage m : received) {
            for (Address to : m.getAllRecipients()) {
                byRecipient.put(to.toString(), m);
            }
        }
        return byRecipient;
    }

    private static String text(MimeMessage message) throws Exception {
        return message.getContent().toString();
    }

    private static ReportContent cleanReport() {
        try (InputStream in = new ClassPathResource("check/clean-report.txt").getInputStream()) {
            return new ReportTextParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Reply call(String user, String method, String path, Object body, String language) {
        String password = user != null && user.startsWith("ntf-") ? PASSWORD : ApiClient.DEMO_PASSWORD;
        return new ApiClient(port, json).call(user, password, method, path, body, language);
    }
}
