package cn.fazhi.flow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractIT;
import cn.fazhi.flow.ApiClient;
import cn.fazhi.flow.ApiClient.Reply;
import cn.fazhi.flow.MovableClock;
import cn.fazhi.flow.base.AccessDenials;
import cn.fazhi.flow.base.SecurityAction;
import cn.fazhi.flow.base.SecurityEvent;
import cn.fazhi.flow.campaign.CampaignService;
import cn.fazhi.flow.campaign.OpenCampaign;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.TownshipKind;
import cn.fazhi.flow.publish.PublishFixture;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The security log over HTTP, against H2 or (with -Dit.db=mysql) MySQL/MariaDB: what it records (sign-in events, the
 * API's refusals, administration changes), what it links (the reports' decisions), how long it keeps entries, and
 * that the AUDITOR alone reads it, with filters, paging and .xlsx. Works in a county of its own ({@code SEC}) and with
 * logins no other test uses.
 */
class SecurityLogIT extends AbstractIT {

    /** The application's clock, which the tests stop at chosen moments. */
    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    private static PublishFixture county;

    @Autowired
    ObjectMapper json;

    @Autowired
    MovableClock clock;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    ApplicationContext context;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SecurityLogPurge purge;

    @Autowired
    OrgService org;

    @Autowired
    CampaignService campaigns;

    @Autowired
    AccessDenials denials;

    /** When the test started, to the second (MySQL keeps no fractions of it here). */
    private final Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void countyOfItsOwn() {
        if (county == null) {
            county = new PublishFixture(context, "sec");
        }
    }

    @AfterEach
    void putBack() {
        clock.release();
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
    }

    Reply call(String user, String method, String path) {
        return new ApiClient(port, json).call(user, method, path, null);
    }

    /** The auditor's reading of the log: every entry that matches the query, newest first. */
    List<JsonNode> log(String query) {
        Reply reply = call("auditor", "GET", "/api/audit?size=500&" + query);
        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(200);
        return list(reply.body().get("entries"));
    }

    static List<String> texts(List<JsonNode> entries, String field) {
        return entries.stream().map(e -> e.get(field).asText()).toList();
    }

    /** Publishes an event as a feature does, at a moment of the application's clock. */
    void publishAt(Instant at, SecurityEvent event) {
        clock.stopAt(at);
        events.publishEvent(event);
        clock.release();
    }

    @Test
    void everySignInEventIsRecordedWithTimeUserAddressActionObjectResultAndDetail() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("203.0.113.7");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        Instant at = Instant.parse("2026-11-30T08:15:30Z");
        String user = "it-signin";
        String target = "user:" + user;
        publishAt(at, SecurityEvent.succeeded(SecurityAction.SIGN_IN, user, target, "表单登录"));
        publishAt(at, SecurityEvent.failed(SecurityAction.SIGN_IN_FAILED, user, target, "密码错误"));
        publishAt(at, SecurityEvent.succeeded(SecurityAction.ACCOUNT_LOCKED, user, target, "连续失败 5 次"));
        publishAt(at, SecurityEvent.succeeded(SecurityAction.SIGN_OUT, user, target, ""));
        publishAt(at, SecurityEvent.succeeded(SecurityAction.PASSWORD_CHANGED, user, target, ""));
        publishAt(at, SecurityEvent.succeeded(SecurityAction.PASSWORD_RESET, user, target, "由管理员重置"));

        List<JsonNode> entries = log("user=" + user);
        assertThat(texts(entries, "action"))
                .as("newest first; at the same moment, the last written first")
                .containsExactly(
                        "PASSWORD_RESET",
                        "PASSWORD_CHANGED",
                        "SIGN_OUT",
                        "ACCOUNT_LOCKED",
                        "SIGN_IN_FAILED",
                        "SIGN_IN");
        assertThat(texts(entries, "at")).containsOnly("2026-11-30T08:15:30Z");
        assertThat(texts(entries, "address")).containsOnly("203.0.113.7");
        assertThat(texts(entries, "target")).containsOnly(target);
        assertThat(texts(entries, "success")).containsExactly("true", "true", "true", "true", "false", "true");
        assertThat(texts(entries, "detail")).contains("密码错误", "连续失败 5 次", "由管理员重置");
        assertThat(entries)
                .allSatisfy(e -> assertThat(e.get("reportId").isNull()).isTrue());
    }

    @Test
    void everyRefusalOverTheApiIsRecordedWithTheClientsAddress() {
        assertThat(call("drafter1", "GET", "/api/audit").status()).isEqualTo(403);
        Reply put = new ApiClient(port, json)
                .call("drafter1", "PUT", "/api/check/settings", Map.of("rule", "spacing", "enabled", false));
        assertThat(put.status()).isEqualTo(403);
        assertThat(call("admin", "GET", "/engine-rest/process-definition").status())
                .as("refused by the filter chain")
                .isEqualTo(403);

        List<JsonNode> drafter = log("user=drafter1&action=ACCESS_DENIED&from=" + started);
        assertThat(texts(drafter, "target")).contains("GET /api/audit", "PUT /api/check/settings");
        assertThat(texts(drafter, "detail")).contains("只有审计管理员可以查看安全审计日志。");
        assertThat(texts(drafter, "success")).containsOnly("false");
        assertThat(texts(drafter, "address")).allSatisfy(a -> assertThat(a).isIn("127.0.0.1", "0:0:0:0:0:0:0:1"));

        List<JsonNode> admin = log("user=admin&action=ACCESS_DENIED&from=" + started);
        assertThat(admin).anySatisfy(e -> {
            assertThat(e.get("target").asText()).isEqualTo("GET /engine-rest/process-definition");
            assertThat(e.get("detail").asText()).isEqualTo("您的角色无权访问该地址。");
            assertThat(e.get("success").asBoolean()).isFalse();
        });
    }

    @Test
    void aRefusalIsKeptThoughTheRefusedActionRollsBackAndAChangeOnlyWithItsAction() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            denials.record("GET /it/rolled-back", "error.noAccess");
            status.setRollbackOnly();
        });
        assertThat(log("action=ACCESS_DENIED&from=" + started)).anySatisfy(e -> {
            assertThat(e.get("target").asText()).isEqualTo("GET /it/rolled-back");
            assertThat(e.get("actor").asText()).as("nobody signed in").isEmpty();
        });

        tx.executeWithoutResult(status -> {
            org.createCounty("SECRB", "回滚县", false);
            status.setRollbackOnly();
        });
        assertThat(org.hasCounty("SECRB")).isFalse();
        assertThat(texts(log("action=COUNTY_CREATED&from=" + started), "detail"))
                .noneMatch(d -> d.contains("SECRB"));
    }

    @Test
    void everyAdministrationChangeIsRecordedByWhoMadeIt() {
        List<JsonNode> setUp = log("user=system&from=" + started.minus(Duration.ofHours(1)));
        assertThat(setUp)
                .anySatisfy(e -> {
                    assertThat(e.get("action").asText()).isEqualTo("COUNTY_CREATED");
                    assertThat(e.get("target").asText()).isEqualTo("county:" + county.countyId);
                    assertThat(e.get("detail").asText()).isEqualTo("sec县（SEC）");
                })
                .anySatisfy(e -> {
                    assertThat(e.get("action").asText()).isEqualTo("TOWNSHIP_CREATED");
                    assertThat(e.get("target").asText()).isEqualTo("township:" + county.townshipId);
                })
                .anySatisfy(e -> {
                    assertThat(e.get("action").asText()).isEqualTo("USER_CREATED");
                    assertThat(e.get("target").asText()).isEqualTo("user:" + county.advisor);
                    assertThat(e.get("detail").asText()).isEqualTo("sec-advisor，角色：法律顾问");
                });

        long township = org.runAs(
                county.admin, () -> org.createTownship(county.countyId, "SEC-02", "sec二镇", TownshipKind.TOWN));
        Reply setting = new ApiClient(port, json)
                .call(
                        county.admin,
                        PublishFixture.PASSWORD,
                        "PUT",
                        "/api/check/settings",
                        Map.of("rule", "spacing", "enabled", false),
                        "zh-CN");
        assertThat(setting.status()).isEqualTo(200);
        LocalDateTime due = LocalDateTime.now(clock).plusDays(30);
        long campaign = org.runAs(
                county.admin,
                () -> campaigns.open(new OpenCampaign(LocalDate.now(clock).getYear(), due, 5, 5, null, null)));

        List<JsonNode> byAdmin = log("user=" + county.admin);
        assertThat(byAdmin)
                .anySatisfy(e -> {
                    assertThat(e.get("action").asText()).isEqualTo("TOWNSHIP_CREATED");
                    assertThat(e.get("target").asText()).isEqualTo("township:" + township);
                    assertThat(e.get("detail").asText()).isEqualTo("sec二镇（SEC-02）");
                })
                .anySatisfy(e -> {
                    assertThat(e.get("action").asText()).isEqualTo("SETTING_CHANGED");
                    assertThat(e.get("target").asText()).isEqualTo("county:" + county.countyId);
                    assertThat(e.get("detail").asText()).startsWith("预审规则“").contains("已关闭");
                    assertThat(e.get("address").asText()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
                })
                .anySatisfy(e -> {
                    assertThat(e.get("action").asText()).isEqualTo("CAMPAIGN_OPENED");
                    assertThat(e.get("target").asText()).isEqualTo("campaign:" + campaign);
                });
    }

    @Test
    void theReportsDecisionsAreReadFromTheirHistoryNotCopied() {
        long report = county.approved(2023);

        List<JsonNode> approvals = log("user=" + county.advisor + "&action=APPROVED");
        assertThat(approvals).singleElement().satisfies(e -> {
            assertThat(e.get("reportId").asLong()).isEqualTo(report);
            assertThat(e.get("target").asText()).isEqualTo("report:" + report);
            assertThat(e.get("step").asText()).isEqualTo("Task_LegalReview");
            assertThat(e.get("success").asBoolean()).isTrue();
        });
        assertThat(texts(log("user=" + county.drafter + "&from=" + started), "action"))
                .as("the submission is a decision; opening the report is not")
                .contains("SUBMITTED")
                .doesNotContain("CREATED");

        assertThat(jdbc.queryForObject(
                        "select count(*) from security_log where action in ('SUBMITTED', 'APPROVED')", Integer.class))
                .as("nothing copied into the security log")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where report_id = ? and action = 'APPROVED'",
                        Integer.class,
                        report))
                .isEqualTo(2);
        assertThat(log("action=APPROVED"))
                .filteredOn(e -> e.get("reportId").asLong() == report)
                .hasSize(2);
    }

    @Test
    void thePurgeRemovesOnlyEntriesOlderThan180DaysAndRecordsThatItDid() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        publishAt(
                now.minus(Duration.ofDays(181)),
                SecurityEvent.succeeded(SecurityAction.SIGN_IN, "it-purge-old", "user:it-purge-old", ""));
        publishAt(
                now.minus(Duration.ofDays(179)),
                SecurityEvent.succeeded(SecurityAction.SIGN_IN, "it-purge-kept", "user:it-purge-kept", ""));
        assertThat(log("user=it-purge-old")).hasSize(1);

        clock.stopAt(now);
        assertThat(purge.purge()).isPositive();
        assertThat(purge.purge())
                .as("a second run, as on another node, finds nothing")
                .isZero();
        clock.release();

        assertThat(log("user=it-purge-old")).isEmpty();
        assertThat(log("user=it-purge-kept")).hasSize(1);
        assertThat(log("action=LOG_PURGED&from=" + now)).singleElement().satisfies(e -> {
            assertThat(e.get("actor").asText()).isEqualTo("system");
            assertThat(e.get("target").asText()).isEqualTo("security-log");
            assertThat(e.get("detail").asText()).contains("保存 180 天");
        });
    }

    @Test
    void theAuditorFiltersByTimeUserActionAndResultAndPages() {
        String user = "it-filter";
        publishAt(noon(2026, 10, 1), SecurityEvent.succeeded(SecurityAction.SIGN_IN, user, "user:" + user, "a"));
        publishAt(noon(2026, 10, 2), SecurityEvent.failed(SecurityAction.SIGN_IN_FAILED, user, "user:" + user, "b"));
        publishAt(noon(2026, 10, 3), SecurityEvent.succeeded(SecurityAction.SIGN_IN, user, "user:" + user, "c"));

        assertThat(texts(log("user=" + user), "detail")).containsExactly("c", "b", "a");
        assertThat(texts(log("user=" + user + "&action=SIGN_IN"), "detail")).containsExactly("c", "a");
        assertThat(texts(log("user=" + user + "&action=sign_in_failed"), "detail"))
                .containsExactly("b");
        assertThat(texts(log("user=" + user + "&result=FAILURE"), "detail")).containsExactly("b");
        assertThat(texts(log("user=" + user + "&result=success"), "detail")).containsExactly("c", "a");
        assertThat(texts(log("user=" + user + "&from=2026-10-02&to=2026-10-02"), "detail"))
                .as("days, both whole")
                .containsExactly("b");
        assertThat(texts(log("user=" + user + "&from=2026-10-02T12:00"), "detail"))
                .containsExactly("c", "b");
        assertThat(texts(log("user=" + user + "&to=" + noon(2026, 10, 2)), "detail"))
                .as("an instant: up to, not including")
                .containsExactly("a");

        Reply second = call("auditor", "GET", "/api/audit?user=" + user + "&size=1&page=1");
        assertThat(second.body().get("total").asLong()).isEqualTo(3);
        assertThat(second.body().get("size").asInt()).isEqualTo(1);
        assertThat(texts(list(second.body().get("entries")), "detail")).containsExactly("b");
        assertThat(call("auditor", "GET", "/api/audit?size=100000")
                        .body()
                        .get("size")
                        .asInt())
                .as("capped")
                .isEqualTo(AuditService.MAX_PAGE_SIZE);

        Map<String, String> refused = new HashMap<>();
        refused.put("from=yesterday", "audit.error.badTime");
        refused.put("action=NOTHING", "audit.error.unknownAction");
        refused.put("result=MAYBE", "audit.error.unknownResult");
        refused.put("from=2026-10-03&to=2026-10-01", "audit.error.timeRange");
        refused.put("page=-1", "audit.error.badPage");
        refused.forEach((query, key) -> {
            Reply reply = call("auditor", "GET", "/api/audit?" + query);
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.body().get("error").asText()).as(query).isEqualTo(key);
            assertThat(reply.body().get("message").asText()).as(query).doesNotStartWith("!");
        });
    }

    @Test
    void onlyTheAuditorReadsTheLogAndNoOneChangesIt() {
        for (String user : List.of("drafter1", "lead1", "advisor", "county", "admin", "shenqiu", "sysadmin")) {
            Reply json = call(user, "GET", "/api/audit");
            assertThat(json.status()).as(user).isEqualTo(403);
            assertThat(json.body().get("error").asText()).isEqualTo("audit.error.auditorOnly");
            assertThat(call(user, "GET", "/api/audit.xlsx").status()).as(user).isEqualTo(403);
        }
        assertThat(call(null, "GET", "/api/audit").status()).isEqualTo(401);
        assertThat(call("auditor", "GET", "/api/audit").status()).isEqualTo(200);
        for (String method : List.of("POST", "PUT", "DELETE")) {
            assertThat(call("auditor", method, "/api/audit").status())
                    .as(method)
                    .isEqualTo(405);
        }
    }

    @Test
    void theExportIsAWorkbookWithChineseHeadersAndTextCells() throws Exception {
        String user = "it-export";
        publishAt(noon(2026, 9, 1), SecurityEvent.succeeded(SecurityAction.SIGN_IN, user, "user:" + user, "表单登录"));
        publishAt(
                noon(2026, 9, 2),
                SecurityEvent.failed(SecurityAction.SIGN_IN_FAILED, user, "user:" + user, "=HYPERLINK(\"x\")"));

        Reply reply = call("auditor", "GET", "/api/audit.xlsx?user=" + user);
        assertThat(reply.status()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(reply.bytes()))) {
            Sheet sheet = book.getSheet("安全审计日志");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("安全审计日志");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .startsWith("导出时间：")
                    .endsWith("共 2 条。");
            assertThat(cells(sheet.getRow(SecurityLogWorkbook.HEADER_ROWS)))
                    .containsExactly("时间", "操作人", "来源地址", "操作", "对象", "结果", "说明");
            assertThat(cells(sheet.getRow(SecurityLogWorkbook.HEADER_ROWS + 1)))
                    .containsExactly("2026年9月2日 12:00:00", user, "", "登录失败", "用户 it-export", "失败", "=HYPERLINK(\"x\")");
            assertThat(cells(sheet.getRow(SecurityLogWorkbook.HEADER_ROWS + 2)))
                    .containsExactly("2026年9月1日 12:00:00", user, "", "登录", "用户 it-export", "成功", "表单登录");
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as("row %d", row.getRowNum()).isEqualTo(CellType.STRING);
                    if (row.getRowNum() > SecurityLogWorkbook.HEADER_ROWS) {
                        assertThat(cell.getCellStyle().getQuotePrefixed())
                                .as("row %d stays text when edited", row.getRowNum())
                                .isTrue();
                    }
                }
            }
        }

        Reply english = new ApiClient(port, json).call("auditor", "GET", "/api/audit.xlsx?user=" + user, null, "en");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(english.bytes()))) {
            assertThat(cells(book.getSheetAt(0).getRow(SecurityLogWorkbook.HEADER_ROWS)))
                    .containsExactly("Time", "By", "Address", "Action", "Object", "Result", "Detail");
        }
    }

    private Instant noon(int year, int month, int day) {
        return LocalDate.of(year, month, day)
                .atTime(12, 0)
                .atZone(clock.getZone())
                .toInstant();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(c -> cells.add(c.getStringCellValue()));
        return cells;
    }
}
