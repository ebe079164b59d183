package cn.fazhi.flow.org;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractIT;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The bulk import over HTTP, each test in a county of its own with its own ADMIN (the demo county stays as the other
 * tests count it): the template, the dry run, the all-or-nothing import, a county set up from scratch whose imported
 * drafter signs in with the one-time password, and the callers and files refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportApiIT extends AbstractIT {

    private static final Logger log = LoggerFactory.getLogger(ImportApiIT.class);

    private static final String PASSWORD = "Import#2026";
    private static final String DEMO_PASSWORD = "demo123";

    /** What one call answered. */
    record Reply(int status, HttpHeaders headers, byte[] bytes, JsonNode json) {}

    @Autowired
    OrgService org;

    @Autowired
    ObjectMapper json;

    RestClient rest;

    @BeforeAll
    void client() {
        // A generous read timeout: 120 BCrypt hashes take several seconds on a loaded machine.
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory();
        factory.setReadTimeout(java.time.Duration.ofMinutes(2));
        rest = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .requestFactory(factory)
                .build();
    }

    /** A county with its administrator {@code <code>-admin} (lower case), created at start-up rights. */
    private long county(String code) {
        long county = org.createCounty(code, code + "县", false);
        org.createTownship(county, code + "-0", code + "老镇", TownshipKind.TOWN);
        org.createUser(admin(code), PASSWORD, code + "管理员", null, county, null, EnumSet.of(Role.ADMIN), Set.of());
        return county;
    }

    private static String admin(String code) {
        return code.toLowerCase() + "-admin";
    }

    private Reply upload(String user, String password, String filename, byte[] bytes, boolean dryRun, String lang) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return filename;
            }
        });
        return rest.method(HttpMethod.POST)
                .uri("/api/admin/import" + (dryRun ? "?dryRun=true" : ""))
                .headers(h -> {
                    if (user != null) {
                        h.setBasicAuth(user, password);
                    }
                    h.set(HttpHeaders.ACCEPT_LANGUAGE, lang);
                })
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form)
                .exchange((req, res) -> reply(
                        res.getStatusCode().value(),
                        res.getHeaders(),
                        res.getBody().readAllBytes()));
    }

    private Reply get(String user, String password, String path) {
        return rest.get()
                .uri(path)
                .headers(h -> {
                    h.setBasicAuth(user, password);
                    h.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN");
                })
                .exchange((req, res) -> reply(
                        res.getStatusCode().value(),
                        res.getHeaders(),
                        res.getBody().readAllBytes()));
    }

    private Reply reply(int status, HttpHeaders headers, byte[] bytes) throws java.io.IOException {
        MediaType type = headers.getContentType();
        JsonNode body = type != null && type.isCompatibleWith(MediaType.APPLICATION_JSON) ? json.readTree(bytes) : null;
        return new Reply(status, headers, bytes, body);
    }

    /** "sheet row: message" of each error. */
    private static List<String> errors(Reply reply) {
        List<String> errors = new ArrayList<>();
        reply.json()
                .get("errors")
                .forEach(e -> errors.add(e.get("sheet").asText() + " "
                        + e.get("row").asInt() + ": " + e.get("message").asText()));
        return errors;
    }

    private List<String> townshipNames(long county) {
        return org.townshipsOfCounty(county).stream().map(TownshipInfo::name).toList();
    }

    @Test
    void theTemplateDownloadsAndReadsBackAsAnEmptyImport() throws Exception {
        county("IMT");
        Reply template = get(admin("IMT"), PASSWORD, "/api/admin/import/template.xlsx");

        assertThat(template.status()).isEqualTo(200);
        assertThat(template.headers().getContentType().toString()).isEqualTo(AccountImport.XLSX_TYPE);
        assertThat(template.headers().getContentDisposition().getFilename()).endsWith(".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template.bytes()))) {
            assertThat(book.getSheet("乡镇").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("名称");
            assertThat(book.getSheet("用户").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("登录名");
            assertThat(book.getSheet("说明")).isNotNull();
        }

        Reply back = upload(admin("IMT"), PASSWORD, "template.xlsx", template.bytes(), true, "zh-CN");
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.json().get("townships").asInt()).isZero();
        assertThat(back.json().get("users").asInt()).isZero();
        assertThat(back.json().get("errors")).isEmpty();
        assertThat(back.json().get("accounts")).isEmpty();
    }

    @Test
    void aDryRunListsEveryProblemByRowAndWritesNothing() {
        long county = county("IMD");
        byte[] file = ImportFiles.file()
                .township("新镇", "镇", "IMD-1")
                .township("新镇", "村", "IMD-2")
                .user("imd-d1", "起草人", "13800138000", "", "起草人", "新镇", "")
                .user("imd-d1", "重名", "123", "", "起草人", "不存在镇", "")
                .user("admin", "抢注", "", "", "审计管理员", "", "")
                .bytes();

        Reply reply = upload(admin("IMD"), PASSWORD, "导入.xlsx", file, true, "zh-CN");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("townships").asInt()).isEqualTo(2);
        assertThat(reply.json().get("users").asInt()).isEqualTo(3);
        assertThat(errors(reply))
                .containsExactly(
                        "乡镇 3: 乡镇名称“新镇”与第 2 行重复。",
                        "乡镇 3: 类型“村”不正确，只能是：乡、镇、街道。",
                        "用户 3: 登录名“imd-d1”与第 2 行重复。",
                        "用户 3: 电话“123”不正确：须为手机号或带区号的固定电话（可含 +、空格和连字符）。",
                        "用户 3: 没有乡镇（街道）“不存在镇”：既不在本县（区），也不在本文件的“乡镇”工作表中。",
                        "用户 4: 登录名“admin”已被使用。",
                        "用户 4: “审计管理员”是系统级角色，不能在县（区）的批量导入中设置。");
        assertThat(reply.json().get("accounts")).isEmpty();
        assertThat(townshipNames(county)).containsExactly("IMD老镇");
        assertThat(org.findUser("imd-d1")).isEmpty();

        Reply english = upload(admin("IMD"), PASSWORD, "import.xlsx", file, true, "en");
        assertThat(errors(english)).first().isEqualTo("乡镇 3: The township name \"新镇\" repeats row 2.");
    }

    @Test
    void aFileWithOneBadRowImportsNothing() {
        long county = county("IMB");
        byte[] file = ImportFiles.county("imb", 3, 8)
                .user("imb-bad", "坏行", "", "bad-mail", "起草人", "imb1镇", "")
                .bytes();

        Reply reply = upload(admin("IMB"), PASSWORD, "导入.xlsx", file, false, "zh-CN");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(errors(reply)).containsExactly("用户 10: 电子邮箱“bad-mail”格式不正确。");
        assertThat(reply.json().get("accounts")).isEmpty();
        assertThat(townshipNames(county)).containsExactly("IMB老镇");
        assertThat(org.findUser(ImportFiles.login("imb", 0))).isEmpty();
        assertThat(auditLog("ACCOUNTS_IMPORTED", "county:" + county))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.get("success").asBoolean()).isFalse();
                    assertThat(e.get("detail").asText()).isEqualTo("文件有 1 处问题，未导入");
                });
    }

    @Test
    void aCountyOfThirtyTownshipsAndOneHundredTwentyUsersIsImportedAndADrafterSignsInWithTheOneTimePassword() {
        long county = county("IMG");
        byte[] file = ImportFiles.county("img", 30, 120).bytes();

        long started = System.nanoTime();
        Reply reply = upload(admin("IMG"), PASSWORD, "全县.xlsx", file, false, "zh-CN");
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info("Imported 30 townships and 120 users over HTTP in {} ms", millis);

        assertThat(reply.status())
                .as(new String(reply.bytes(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        assertThat(reply.json().get("townships").asInt()).isEqualTo(30);
        assertThat(reply.json().get("users").asInt()).isEqualTo(120);
        assertThat(reply.json().get("errors")).isEmpty();
        assertThat(reply.json().get("accounts")).hasSize(120);
        assertThat(townshipNames(county)).hasSize(31).contains("img1镇", "img30镇");

        UserAccount advisor = org.findUser(ImportFiles.login("img", 2)).orElseThrow();
        assertThat(advisor.roles()).containsExactly(Role.LEGAL_ADVISOR);
        assertThat(advisor.advisedTownships()).hasSize(2);
        UserAccount lead = org.findUser(ImportFiles.login("img", 1)).orElseThrow();
        assertThat(lead.townshipName()).isEqualTo("img1镇");
        assertThat(lead.countyId()).isEqualTo(county);

        String drafter = ImportFiles.login("img", 4);
        JsonNode account = reply.json().get("accounts").get(4);
        assertThat(account.get("login").asText()).isEqualTo(drafter);
        String oneTime = account.get("oneTimePassword").asText();
        PasswordPolicy.check(drafter, oneTime);

        Reply me = get(drafter, oneTime, "/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("township").asText()).isEqualTo("img2镇");
        assertThat(me.json().get("passwordChangeRequired").asBoolean()).isTrue();
        Reply reports = get(drafter, oneTime, "/api/reports");
        assertThat(reports.status()).isEqualTo(403);
        assertThat(reports.json().get("error").asText()).isEqualTo("error.passwordChangeRequired");

        assertThat(auditLog("ACCOUNTS_IMPORTED", "county:" + county))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.get("success").asBoolean()).isTrue();
                    assertThat(e.get("actor").asText()).isEqualTo(admin("IMG"));
                    assertThat(e.get("detail").asText()).isEqualTo("导入 30 个乡镇（街道）、120 个用户");
                });
        assertThat(auditLog("USER_CREATED", "user:" + drafter)).hasSize(1);

        Reply again = upload(admin("IMG"), PASSWORD, "全县.xlsx", file, true, "zh-CN");
        assertThat(errors(again))
                .as("30 names, 30 codes and 120 logins taken")
                .hasSize(180)
                .contains("用户 2: 登录名“img-u1”已被使用。", "乡镇 2: 本县（区）已有名为“img1镇”的乡镇（街道）。");
    }

    @Test
    void onlyACountysAdministratorImportsAndOnlyIntoTheirOwnCounty() {
        long county = county("IMF");
        byte[] file = ImportFiles.file()
                .user("imf-d1", "起草人", "", "", "起草人", "太要镇", "")
                .bytes();

        for (String user : List.of("drafter1", "county", "sysadmin", "auditor")) {
            Reply refused = upload(user, DEMO_PASSWORD, "x.xlsx", file, true, "zh-CN");
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.json().get("message").asText()).as(user).isNotBlank();
            assertThat(get(user, DEMO_PASSWORD, "/api/admin/import/template.xlsx")
                            .status())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(upload(null, null, "x.xlsx", file, true, "zh-CN").status()).isEqualTo(401);

        // 太要镇 is the demo county's: to another county's administrator it does not exist.
        Reply foreign = upload(admin("IMF"), PASSWORD, "x.xlsx", file, false, "zh-CN");
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(errors(foreign)).containsExactly("用户 2: 没有乡镇（街道）“太要镇”：既不在本县（区），也不在本文件的“乡镇”工作表中。");
        assertThat(org.findUser("imf-d1")).isEmpty();
        assertThat(townshipNames(county)).containsExactly("IMF老镇");
    }

    @Test
    void aFileThatIsNotAnXlsxIsRefusedWithATranslatedMessage() {
        county("IMX");
        byte[] text = "名称,类型,代码\n新镇,镇,X-1\n".getBytes(StandardCharsets.UTF_8);

        Reply chinese = upload(admin("IMX"), PASSWORD, "乡镇.csv", text, false, "zh-CN");
        assertThat(chinese.status()).isEqualTo(400);
        assertThat(chinese.json().get("error").asText()).isEqualTo("import.error.notXlsx");
        assertThat(chinese.json().get("message").asText()).startsWith("只能导入 .xlsx 格式的导入模板");

        Reply english = upload(admin("IMX"), PASSWORD, "towns.xlsx", text, true, "en");
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.json().get("message").asText()).startsWith("Only the .xlsx import template");
        assertThat(new String(english.bytes(), StandardCharsets.UTF_8)).doesNotContain("Exception", "at cn.");
    }

    /** The security log's entries of an action on a target, as the auditor reads them. */
    private List<JsonNode> auditLog(String action, String target) {
        Reply reply = get("auditor", DEMO_PASSWORD, "/api/audit?action=" + action + "&size=500");
        assertThat(reply.status()).isEqualTo(200);
        List<JsonNode> entries = new ArrayList<>();
        reply.json().get("entries").forEach(e -> {
            if (e.get("target").asText().equals(target)) {
                entries.add(e);
            }
        });
        return entries;
    }
}
