package cn.fazhi.flow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.ApiClient.Reply;
import cn.fazhi.flow.org.ImportFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The README's installation guide, followed as a county's IT person would, on an empty database of its own (H2 in
 * memory, or a new database on the IT's MySQL/MariaDB server) with nothing but the bootstrap variables: the system
 * administrator signs in and changes the password, creates the county and its first ADMIN; the ADMIN changes the
 * one-time password, downloads the import template, fills it with 20 townships and 60 users, previews and imports it,
 * opens the year's campaign; an imported drafter signs in with the one-time password, changes it, imports the
 * township's report and submits it. Only the REST API, as the guide's curl lines do.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "fazhi.bootstrap.admin=itroot",
            "fazhi.bootstrap.password=Start-2026-xyz",
            // Camunda keeps its engines in a static registry by name, and /engine-rest serves the one named default:
            // under another name this context's engine never stands in for that of the other integration tests.
            "camunda.bpm.process-engine-name=installation"
        })
// Any profile but demo (the default): an installation starts without the demo county.
@ActiveProfiles("installation")
class InstallationGuideIT {

    private static final Logger log = LoggerFactory.getLogger(InstallationGuideIT.class);
    private static final int TOWNSHIPS = 20;
    private static final int USERS = 60;
    /** The imported county's townships and logins: Anlan1镇 …, anlan-u1 …. */
    private static final String PREFIX = "Anlan";

    @DynamicPropertySource
    static void emptyDatabase(DynamicPropertyRegistry registry) {
        ItDatabase.configureEmpty(registry, "fazhi_install_it");
    }

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Test
    void fromTheFirstStartToASubmittedReport() throws IOException {
        long started = System.nanoTime();
        ApiClient api = new ApiClient(port, json);

        // 1. The bootstrap account exists, and must change its password before anything else.
        assertThat(api.call("itroot", "Start-2026-xyz", "GET", "/api/me", null, "zh-CN")
                        .body()
                        .get("passwordChangeRequired")
                        .asBoolean())
                .isTrue();
        assertThat(api.call("itroot", "Start-2026-xyz", "GET", "/api/admin/counties", null, "zh-CN")
                        .status())
                .isEqualTo(403);
        String rootPassword = changePassword(api, "itroot", "Start-2026-xyz");

        // 2. The county and its first administrator.
        Reply county = api.call(
                "itroot",
                rootPassword,
                "POST",
                "/api/admin/counties",
                Map.of("name", "安澜县", "code", "410999"),
                "zh-CN");
        assertThat(county.status()).as(county.body().toString()).isEqualTo(201);
        long countyId = county.body().get("id").asLong();
        Reply admin = api.call(
                "itroot",
                rootPassword,
                "POST",
                "/api/admin/counties/" + countyId + "/admins",
                Map.of(
                        "login",
                        "anlan-admin",
                        "name",
                        "安澜县管理员",
                        "email",
                        "admin@anlan.example",
                        "phone",
                        "13800000000"),
                "zh-CN");
        assertThat(admin.status()).as(admin.body().toString()).isEqualTo(201);
        String adminPassword = changePassword(
                api, "anlan-admin", admin.body().get("oneTimePassword").asText());

        // 3. The template, filled with 20 townships and 60 users, previewed, then imported.
        Reply template =
                api.call("anlan-admin", adminPassword, "GET", "/api/admin/import/template.xlsx", null, "zh-CN");
        assertThat(template.status()).isEqualTo(200);
        assertThat(headers(template.bytes(), "乡镇")).isEqualTo(ImportFiles.TOWNSHIP_HEADERS);
        assertThat(headers(template.bytes(), "用户")).isEqualTo(ImportFiles.USER_HEADERS);
        byte[] filled = ImportFiles.county(PREFIX, TOWNSHIPS, USERS).bytes();
        JsonNode preview = upload(adminPassword, filled, true);
        assertThat(preview.get("errors")).as(preview.toString()).isEmpty();
        assertThat(preview.get("townships").asInt()).isEqualTo(TOWNSHIPS);
        assertThat(preview.get("users").asInt()).isEqualTo(USERS);
        assertThat(api.call("anlan-admin", adminPassword, "GET", "/api/admin/townships", null, "zh-CN")
                        .body())
                .isEmpty();
        JsonNode imported = upload(adminPassword, filled, false);
        assertThat(imported.get("errors")).as(imported.toString()).isEmpty();
        assertThat(imported.get("accounts")).hasSize(USERS);
        assertThat(api.call("anlan-admin", adminPassword, "GET", "/api/admin/townships", null, "zh-CN")
                        .body())
                .hasSize(TOWNSHIPS);
        String drafterLogin = ImportFiles.login(PREFIX, 0);
        String drafterPassword = null;
        for (JsonNode account : imported.get("accounts")) {
            if (account.get("login").asText().equals(drafterLogin)) {
                drafterPassword = account.get("oneTimePassword").asText();
            }
        }
        assertThat(drafterPassword).isNotBlank();

        // 4. This year's campaign, with the county's default review periods.
        int year = LocalDate.now().getYear();
        Map<String, Object> campaign = new HashMap<>();
        campaign.put("year", year);
        campaign.put("submissionDue", LocalDate.now().plusDays(20).toString());
        campaign.put("legalReviewDays", 5);
        campaign.put("countyReviewDays", 3);
        Reply opened = api.call("anlan-admin", adminPassword, "POST", "/api/campaigns", campaign, "zh-CN");
        assertThat(opened.status()).as(opened.body().toString()).isIn(200, 201);

        // 5. An imported drafter signs in, changes the one-time password, writes the report and submits it.
        String drafter = changePassword(api, drafterLogin, drafterPassword);
        Reply reports = api.call(drafterLogin, drafter, "GET", "/api/reports", null, "zh-CN");
        assertThat(reports.body()).hasSize(1);
        long reportId = reports.body().get(0).get("id").asLong();
        assertThat(reports.body().get(0).get("township").asText()).isEqualTo(ImportFiles.townshipName(PREFIX, 0));
        Reply draft = importSample(drafterLogin, drafter, reportId);
        assertThat(draft.status()).as(new String(draft.bytes())).isEqualTo(200);
        Reply submitted =
                api.call(drafterLogin, drafter, "POST", "/api/reports/" + reportId + "/submit", null, "zh-CN");
        assertThat(submitted.status()).as(new String(submitted.bytes())).isEqualTo(200);
        assertThat(submitted.body().get("status").asText()).isEqualTo("LEGAL_REVIEW");

        log.info(
                "Installation guide: first start to a submitted report in {} ms ({} townships, {} users imported)",
                Duration.ofNanos(System.nanoTime() - started).toMillis(),
                TOWNSHIPS,
                USERS);
    }

    /** Changes a password that must be changed; answers the new one, with which the account then works. */
    private String changePassword(ApiClient api, String login, String current) {
        String next = "Xin-Mima-2026!";
        Reply changed =
                api.call(login, current, "POST", "/api/me/password", Map.of("current", current, "new", next), "zh-CN");
        assertThat(changed.status()).as(new String(changed.bytes())).isIn(200, 204);
        Reply me = api.call(login, next, "GET", "/api/me", null, "zh-CN");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("passwordChangeRequired").asBoolean()).isFalse();
        return next;
    }

    /** The header row of a sheet of the workbook. */
    private static List<String> headers(byte[] workbook, String sheetName) throws IOException {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheet(sheetName);
            assertThat(sheet).as(sheetName).isNotNull();
            List<String> headers = new java.util.ArrayList<>();
            sheet.getRow(0)
                    .forEach(cell -> headers.add(cell.getStringCellValue().strip()));
            return headers;
        }
    }

    private JsonNode upload(String adminPassword, byte[] workbook, boolean dryRun) {
        return multipart("anlan-admin", adminPassword, "/api/admin/import?dryRun=" + dryRun, "县级导入.xlsx", workbook)
                .body();
    }

    private Reply importSample(String login, String password, long reportId) throws IOException {
        byte[] text;
        try (InputStream in = new ClassPathResource("demo/samples/hongshan-2023.txt").getInputStream()) {
            text = in.readAllBytes();
        }
        return multipart(login, password, "/api/reports/" + reportId + "/import", "report.txt", text);
    }

    private Reply multipart(String login, String password, String path, String fileName, byte[] bytes) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return RestClient.create("http://localhost:" + port)
                .post()
                .uri(path)
                .headers(h -> {
                    h.setBasicAuth(login, password);
                    h.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN");
                })
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts)
                .exchange((req, res) -> {
                    byte[] body = res.getBody().readAllBytes();
                    JsonNode node;
                    try {
                        node = body.length == 0 ? json.nullNode() : json.readTree(body);
                    } catch (IOException e) {
                        node = json.nullNode();
                    }
                    return new Reply(res.getStatusCode().value(), node, body);
                });
    }
}
