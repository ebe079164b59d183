package cn.fazhi.flow.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.verify;

import cn.fazhi.flow.AbstractIT;
import cn.fazhi.flow.ApiClient;
import cn.fazhi.flow.ApiClient.Reply;
import cn.fazhi.flow.notify.Notice;
import cn.fazhi.flow.notify.NotificationKind;
import cn.fazhi.flow.notify.NotificationService;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.Role;
import cn.fazhi.flow.org.TownshipKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ReportStatus;
import cn.fazhi.flow.report.ReportTextParser;
import cn.fazhi.flow.review.Decision;
import cn.fazhi.flow.review.ReviewService;
import cn.fazhi.flow.review.TaskItem;
import cn.fazhi.flow.workflow.AnnualCampaignProcess;
import cn.fazhi.flow.workflow.ReportReviewProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Campaigns over the REST API against a county of its own (so the demo county's tests are untouched), on H2 or the
 * real MySQL/MariaDB server: opening and its bad inputs, the board and the .xlsx with townships in every state, a
 * township added later, urging every overdue township, and the lag of a due timer under the tuned job executor.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignApiIT extends AbstractIT {

    private static final String COUNTY = "ITC";
    private static final int TOWNSHIPS = 6;

    @Autowired
    ObjectMapper json;

    @Autowired
    OrgService org;

    @Autowired
    ReviewService review;

    @Autowired
    ReportService reports;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    Clock clock;

    @MockitoSpyBean
    NotificationService notifications;

    /** Every notice sent, with when it was sent. */
    final List<Map.Entry<Instant, Notice>> sent = new CopyOnWriteArrayList<>();

    volatile CountDownLatch overdueSent = new CountDownLatch(1);

    final List<Long> townships = new ArrayList<>();
    long campaignId;
    int year;

    @BeforeAll
    void countyOfItsOwn() {
        year = LocalDateTime.now(clock).getYear();
        if (!org.hasCounty(COUNTY)) {
            long county = org.createCounty(COUNTY, "测试县", true);
            for (int i = 1; i <= TOWNSHIPS; i++) {
                townships.add(org.createTownship(county, COUNTY + "-0" + i, "测试镇" + i, TownshipKind.TOWN));
            }
            user("itadmin", county, null, EnumSet.of(Role.ADMIN), Set.of());
            user("itcounty", county, null, EnumSet.of(Role.COUNTY_REVIEWER), Set.of());
            user("itadvisor", county, null, EnumSet.of(Role.LEGAL_ADVISOR), Set.copyOf(townships));
            for (int i = 0; i < TOWNSHIPS; i++) {
                user("itdrafter" + (i + 1), county, townships.get(i), EnumSet.of(Role.DRAFTER), Set.of());
                user("itlead" + (i + 1), county, townships.get(i), EnumSet.of(Role.TOWNSHIP_LEAD), Set.of());
            }
        }
    }

    void recordNotices() {
        doAnswer(invocation -> {
                    Notice notice = invocation.getArgument(0);
                    sent.add(Map.entry(Instant.now(), notice));
                    if (notice.kind() == NotificationKind.SUBMISSION_OVERDUE) {
                        overdueSent.countDown();
                    }
                    return invocation.callRealMethod();
                })
                .when(notifications)
                .send(any());
    }

    @Test
    @Order(1)
    void anAdminOpensACampaignAndEveryTownshipGetsItsReport() {
        Reply opened = call("itadmin", "POST", "/api/campaigns", body(year, due(Duration.ofDays(20)), null));
        assertThat(opened.status()).as("%s", opened.body()).isEqualTo(201);
        campaignId = opened.body().get("id").asLong();

        Reply list = call("itcounty", "GET", "/api/campaigns", null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().get(0).get("year").asInt()).isEqualTo(year);
        assertThat(list.body().get(0).get("townships").asInt()).isEqualTo(TOWNSHIPS);
        assertThat(list.body().get(0).get("publicationDue").asText()).isEqualTo((year + 1) + "-04-01");
        assertThat(list.body().get(0).get("open").asBoolean()).isTrue();

        Reply board = call("itadmin", "GET", "/api/campaigns/" + campaignId + "/board", null);
        assertThat(board.body()).hasSize(TOWNSHIPS);
        assertThat(board.body().findValuesAsText("status")).containsOnly("DRAFTING");
        assertThat(board.body().get(0).get("daysLeft").asLong()).isBetween(19L, 20L);
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(AnnualCampaignProcess.KEY)
                        .processInstanceBusinessKey("campaign-" + campaignId)
                        .count())
                .isOne();
    }

    @Test
    @Order(2)
    void badInputsGetClearMessages() {
        Reply past = call("itadmin", "POST", "/api/campaigns", body(year - 1, "2001-01-01", null));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body().get("error").asText()).isEqualTo("campaign.error.deadlinePast");
        assertThat(past.body().get("message").asText()).contains("报送截止时间已过");

        Reply again = call("itadmin", "POST", "/api/campaigns", body(year, due(Duration.ofDays(30)), null));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("message").asText()).contains(year + "年度").contains("已经启动");

        long demoCounty = org.countyId("SFX").orElseThrow();
        Reply foreign = call("itadmin", "POST", "/api/campaigns", body(year - 2, due(Duration.ofDays(30)), demoCounty));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.body().get("message").asText()).contains("本县的管理员");

        assertThat(call("itcounty", "POST", "/api/campaigns", body(year - 2, due(Duration.ofDays(30)), null))
                        .status())
                .isEqualTo(403);
        assertThat(call("itdrafter1", "GET", "/api/campaigns/" + campaignId + "/board", null)
                        .status())
                .isEqualTo(403);
        assertThat(call("admin", "GET", "/api/campaigns/" + campaignId + "/board", null)
                        .status())
                .isEqualTo(403);
        Reply badDate = call("itadmin", "POST", "/api/campaigns", body(year - 2, "28.02.2026", null));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body().get("message").asText()).contains("28.02.2026");
        Reply days = call(
                "itadmin",
                "POST",
                "/api/campaigns",
                Map.of("year", year - 2, "submissionDue", due(Duration.ofDays(30)), "legalReviewDays", 0));
        assertThat(days.status()).isEqualTo(400);
        assertThat(days.body().get("error").asText()).isEqualTo("campaign.error.reviewDays");
        assertThat(call("itadmin", "GET", "/api/campaigns/999999/board", null).status())
                .isEqualTo(404);
    }

    @Test
    @Order(3)
    void theBoardAndItsWorkbookShowTownshipsInEveryState() throws Exception {
        recordNotices();
        List<Long> ids = reportIds();
        // 1 draft and overdue, 2 returned, 3 legal review, 4 county review (claimed), 5 approved, 6 lead sign-off
        for (int i = 1; i < TOWNSHIPS; i++) {
            submit(i + 1, ids.get(i));
        }
        for (int i = 1; i < TOWNSHIPS - 1; i++) {
            decide("itlead" + (i + 1), ids.get(i), Decision.APPROVE, "");
        }
        decide("itadvisor", ids.get(1), Decision.RETURN, "请补充第三部分。");
        decide("itadvisor", ids.get(3), Decision.APPROVE, "");
        decide("itadvisor", ids.get(4), Decision.APPROVE, "");
        org.runAs("itcounty", () -> {
            review.claim(task("itcounty", ids.get(3)).id());
            return null;
        });
        decide("itcounty", ids.get(4), Decision.APPROVE, "");
        // The submission deadline's timer, run now instead of in 20 days: only the draft still waits for it.
        String campaign = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("campaign-" + campaignId)
                .singleResult()
                .getId();
        var overdueJobs = management
                .createJobQuery()
                .processInstanceId(campaign)
                .activityId(AnnualCampaignProcess.TIMER_SUBMISSION_OVERDUE)
                .list();
        assertThat(overdueJobs).hasSize(1);
        management.executeJob(overdueJobs.get(0).getId());

        JsonNode board = call("itcounty", "GET", "/api/campaigns/" + campaignId + "/board", null)
                .body();
        assertThat(board.findValuesAsText("status"))
                .containsExactly(
                        "DRAFTING", "RETURNED", "LEGAL_REVIEW", "COUNTY_REVIEW", "APPROVED", "TOWNSHIP_REVIEW");
        assertThat(board.findValuesAsText("step"))
                .containsExactly(
                        ReportReviewProcess.TASK_DRAFT,
                        ReportReviewProcess.TASK_DRAFT,
                        ReportReviewProcess.TASK_LEGAL_REVIEW,
                        ReportReviewProcess.TASK_COUNTY_REVIEW,
                        ReportReviewProcess.EVENT_APPROVED,
                        ReportReviewProcess.TASK_LEAD_SIGN_OFF);
        assertThat(board.get(3).get("holder").asText()).isEqualTo("itcounty");
        assertThat(board.get(3).get("holderName").asText()).isEqualTo("itcounty");
        assertThat(board.get(2).get("holder").isNull()).isTrue();
        assertThat(board.findValuesAsText("overdue"))
                .containsExactly("true", "false", "false", "false", "false", "false");
        assertThat(board.get(0).get("daysLeft").asLong()).isPositive();
        assertThat(board.get(0).get("submittedAt").isNull()).isTrue();
        assertThat(board.get(1).get("daysLeft").isNull()).isTrue();
        assertThat(board.get(1).get("submittedAt").isNull()).isFalse();
        assertThat(board.findValuesAsText("returns")).containsExactly("0", "1", "0", "0", "0", "0");
        assertThat(board.get(4).get("lastActivity").isNull()).isFalse();
        assertThat(sent)
                .extracting(Map.Entry::getValue)
                .filteredOn(n -> n.kind() == NotificationKind.SUBMISSION_OVERDUE)
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.reportId()).isEqualTo(ids.get(0));
                    assertThat(n.townshipRoles()).containsExactly(Role.TOWNSHIP_LEAD);
                    assertThat(n.countyRoles()).containsExactly(Role.ADMIN);
                });
        assertThat(org.runAs("itadmin", () -> reports.get(ids.get(0))).status()).isEqualTo(ReportStatus.DRAFTING);

        Reply xlsx = call("itcounty", "GET", "/api/campaigns/" + campaignId + "/board.xlsx", null);
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(text(sheet.getRow(0), 0)).contains("测试县").contains(String.valueOf(year));
            assertThat(text(sheet.getRow(1), 0)).startsWith("导出时间");
            assertThat(text(sheet.getRow(BoardWorkbook.HEADER_ROWS), 0)).isEqualTo("乡镇");
            List<String> statuses = new ArrayList<>();
            for (int r = BoardWorkbook.HEADER_ROWS + 1; r <= sheet.getLastRowNum(); r++) {
                statuses.add(text(sheet.getRow(r), 1));
            }
            assertThat(statuses).containsExactly("起草中", "已退回", "法律审核中", "县级审核中", "已通过", "乡镇审签中");
            Row first = sheet.getRow(BoardWorkbook.HEADER_ROWS + 1);
            assertThat(text(first, 0)).isEqualTo("测试镇1");
            assertThat(text(first, 8)).isEqualTo("是");
            assertThat(sheet.getRow(BoardWorkbook.HEADER_ROWS + 2).getCell(9).getNumericCellValue())
                    .isEqualTo(1.0);
            assertThat(text(sheet.getRow(BoardWorkbook.HEADER_ROWS + 4), 3)).isEqualTo("itcounty");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    @Order(4)
    void theWorkbookFollowsTheBoardsFilter() throws Exception {
        String board = "/api/campaigns/" + campaignId + "/board";
        Reply overdue = call("itcounty", "GET", board + ".xlsx?overdue=true", null);
        assertThat(overdue.status()).isEqualTo(200);
        assertThat(townships(overdue)).containsExactly("测试镇1");
        assertThat(call("itcounty", "GET", board + "?overdue=true", null).body().findValuesAsText("township"))
                .containsExactly("测试镇1");

        Reply inReview = call("itcounty", "GET", board + ".xlsx?status=LEGAL_REVIEW", null);
        assertThat(townships(inReview)).containsExactly("测试镇3");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(inReview.bytes()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(text(sheet.getRow(2), 0)).contains("法律审核中");
            // Nobody has taken it yet: the holder column says so, as the board does.
            assertThat(text(sheet.getRow(BoardWorkbook.HEADER_ROWS + 1), 3)).isEqualTo("待签收");
        }
        assertThat(townships(call("itcounty", "GET", board + ".xlsx?status=PUBLISHED&overdue=true", null)))
                .isEmpty();

        Reply bad = call("itcounty", "GET", board + ".xlsx?status=LOST", null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("error").asText()).isEqualTo("error.badRequest");
    }

    /** The townships a workbook lists, in its order. */
    private List<String> townships(Reply xlsx) throws Exception {
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> names = new ArrayList<>();
            for (int r = BoardWorkbook.HEADER_ROWS + 1; r <= sheet.getLastRowNum(); r++) {
                names.add(text(sheet.getRow(r), 0));
            }
            return names;
        }
    }

    @Test
    @Order(5)
    void urgingEveryOverdueTownshipUrgesTheDraftOnly() {
        Reply urged =
                call("itadmin", "POST", "/api/campaigns/" + campaignId + "/urge-overdue", Map.of("message", "请抓紧"));
        assertThat(urged.status()).isEqualTo(200);
        assertThat(urged.body().get("urged").asInt()).isEqualTo(1);
        verify(notifications).urge(reportIds().get(0), "请抓紧");
        assertThat(call("itdrafter1", "POST", "/api/campaigns/" + campaignId + "/urge-overdue", Map.of())
                        .status())
                .isEqualTo(403);
    }

    @Test
    @Order(6)
    void aTownshipAddedLaterJoinsTheCampaign() {
        long county = org.countyId(COUNTY).orElseThrow();
        long added = org.createTownship(county, COUNTY + "-07", "新设镇", TownshipKind.TOWN);
        String path = "/api/campaigns/" + campaignId + "/townships";

        assertThat(call("itcounty", "POST", path, Map.of("townshipId", added)).status())
                .isEqualTo(403);
        assertThat(call("itadmin", "POST", path, Map.of("townshipId", added)).status())
                .isEqualTo(204);
        Reply twice = call("itadmin", "POST", path, Map.of("townshipId", added));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body().get("message").asText()).contains("新设镇");
        long demoTownship = org.runAs("admin", () -> reports.list().get(0).townshipId());
        assertThat(call("itadmin", "POST", path, Map.of("townshipId", demoTownship))
                        .status())
                .isEqualTo(403);

        JsonNode board = call("itadmin", "GET", "/api/campaigns/" + campaignId + "/board", null)
                .body();
        assertThat(board).hasSize(TOWNSHIPS + 1);
        assertThat(board.get(TOWNSHIPS).get("township").asText()).isEqualTo("新设镇");
        assertThat(runtime.createExecutionQuery()
                        .processInstanceBusinessKey("campaign-" + campaignId)
                        .activityId(AnnualCampaignProcess.RECEIVE_SUBMISSION)
                        .count())
                .isEqualTo(2);
    }

    /** The job executor as configured: a due timer fires within 5 seconds of its due time. */
    @Test
    @Order(7)
    void aDueTimerFiresWithinFiveSeconds() throws Exception {
        recordNotices();
        overdueSent = new CountDownLatch(1);
        Instant due = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
        String dueText = LocalDateTime.ofInstant(due, clock.getZone()).toString();
        Reply opened = call("itadmin", "POST", "/api/campaigns", body(year + 1, dueText, null));
        assertThat(opened.status()).as("%s", opened.body()).isEqualTo(201);

        assertThat(overdueSent.await(30, TimeUnit.SECONDS)).isTrue();
        Instant fired = sent.stream()
                .filter(e -> e.getValue().kind() == NotificationKind.SUBMISSION_OVERDUE)
                .map(Map.Entry::getKey)
                .filter(at -> !at.isBefore(due))
                .min(Instant::compareTo)
                .orElseThrow();
        Duration lag = Duration.between(due, fired);
        System.out.println("Timer lag of the submission deadline: " + lag.toMillis() + " ms");
        assertThat(lag).isLessThan(Duration.ofSeconds(5));
    }

    /** The board's report ids in township order, read as the administrator. */
    private List<Long> reportIds() {
        JsonNode board = call("itadmin", "GET", "/api/campaigns/" + campaignId + "/board", null)
                .body();
        List<Long> ids = new ArrayList<>();
        board.forEach(row -> ids.add(row.get("reportId").asLong()));
        return ids;
    }

    private void submit(int township, long report) {
        ReportContent text = sample("hongshan-2023.txt");
        String drafter = "itdrafter" + township;
        org.runAs(
                drafter,
                () -> reports.saveDraft(report, text, reports.get(report).lockVersion()));
        assertThat(org.runAs(drafter, () -> review.submit(report)).accepted()).isTrue();
    }

    private void decide(String user, long report, Decision decision, String comment) {
        org.runAs(user, () -> {
            review.decide(task(user, report).id(), decision, comment, false);
            return null;
        });
    }

    private TaskItem task(String user, long report) {
        return org.runAs(user, () -> review.myTasks().stream()
                .filter(t -> t.reportId() == report)
                .findFirst()
                .orElseThrow());
    }

    private static ReportContent sample(String file) {
        try (InputStream in = new ClassPathResource("demo/samples/" + file).getInputStream()) {
            return new ReportTextParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void user(String username, long county, Long township, Set<Role> roles, Set<Long> advised) {
        org.createUser(username, "demo123", username, null, county, township, roles, advised);
    }

    private String due(Duration fromNow) {
        return LocalDateTime.now(clock).plus(fromNow).toLocalDate().toString();
    }

    private static Map<String, Object> body(int year, String submissionDue, Long countyId) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("year", year);
        body.put("submissionDue", submissionDue);
        body.put("legalReviewDays", 5);
        body.put("countyReviewDays", 3);
        if (year < LocalDateTime.now().getYear()) {
            body.put("publicationDue", "2099-04-01");
        }
        if (countyId != null) {
            body.put("countyId", countyId);
        }
        return body;
    }

    private static String text(Row row, int cell) {
        return row.getCell(cell).getStringCellValue();
    }

    Reply call(String user, String method, String path, Object body) {
        return new ApiClient(port, json).call(user, method, path, body);
    }
}
