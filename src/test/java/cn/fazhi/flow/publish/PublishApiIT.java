package cn.fazhi.flow.publish;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractIT;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Publication and the public pages over real HTTP, in a county of the test's own: who may publish what, the diff
 * API, and that /public shows only published reports while everything else still needs a login.
 */
class PublishApiIT extends AbstractIT {

    private static PublishFixture county;
    private static long approved;
    private static long inReview;

    @Autowired
    ApplicationContext context;

    @Autowired
    ObjectMapper json;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void county() {
        if (county == null) {
            county = new PublishFixture(context, "pubit");
            approved = county.approved(2024);
            inReview = county.open(2023, PublishFixture.text(2023, PublishFixture.PARAGRAPH_ONE));
            county.submit(inReview);
        }
    }

    record Reply(int status, String body, String location) {
        JsonNode json(ObjectMapper mapper) throws IOException {
            return mapper.readTree(body);
        }
    }

    Reply call(String method, String path, String user, String password, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "zh-CN");
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(
                response.statusCode(),
                response.body(),
                response.headers().firstValue("Location").orElse(""));
    }

    Reply as(String user, String method, String path, String body) throws IOException, InterruptedException {
        return call(method, path, user, PublishFixture.PASSWORD, body);
    }

    Reply anonymous(String path) throws IOException, InterruptedException {
        return call("GET", path, null, null, null);
    }

    @Test
    void onlyTheCountysAdminPublishesAnApprovedReportOnceAndOnlyWithTheCheck() throws Exception {
        String publish = "/api/reports/" + approved + "/publish";
        String checked = "{\"confidentialityChecked\": true, \"redactions\": [\"张三\"]}";

        assertThat(call("POST", publish, null, null, checked).status()).isEqualTo(401);
        Reply drafter = as(county.drafter, "POST", publish, checked);
        assertThat(drafter.status()).isEqualTo(403);
        assertThat(as(county.reviewer, "POST", publish, checked).status()).isEqualTo(403);
        assertThat(call("POST", publish, "admin", "demo123", checked).status())
                .as("the demo county's administrator may not even see this county's report")
                .isEqualTo(403);

        Reply notChecked = as(county.admin, "POST", publish, "{\"confidentialityChecked\": false}");
        assertThat(notChecked.status()).isEqualTo(400);
        assertThat(notChecked.json(json).get("message").asText()).isEqualTo("公开前须确认已完成保密审查。");
        assertThat(as(county.admin, "POST", publish, "{}").status()).isEqualTo(400);
        Reply unknownPassage =
                as(county.admin, "POST", publish, "{\"confidentialityChecked\": true, \"redactions\": [\"李四\"]}");
        assertThat(unknownPassage.status()).isEqualTo(400);

        Reply notApproved = as(county.admin, "POST", "/api/reports/" + inReview + "/publish", checked);
        assertThat(notApproved.status()).isEqualTo(409);
        assertThat(notApproved.json(json).get("error").asText()).isEqualTo("publish.error.notApproved");

        Reply published = as(county.admin, "POST", publish, checked);
        assertThat(published.status()).isEqualTo(200);
        JsonNode info = published.json(json);
        assertThat(info.get("checkedBy").asText()).isEqualTo(county.admin);
        assertThat(info.get("redactions").get(0).asText()).isEqualTo("张三");
        assertThat(info.get("deadline").asText()).isEqualTo("2025-04-01");
        assertThat(info.has("late")).isTrue();

        Reply again = as(county.admin, "POST", publish, checked);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json(json).get("error").asText()).isEqualTo("publish.error.alreadyPublished");

        JsonNode report =
                as(county.drafter, "GET", "/api/reports/" + approved, null).json(json);
        assertThat(report.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(as(county.drafter, "GET", "/api/reports/" + approved + "/publication", null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theDiffApiAnswersPartsParagraphsAndSegmentsToThoseWhoMaySeeTheReport() throws Exception {
        long id = county.open(
                2022, PublishFixture.text(2022, PublishFixture.PARAGRAPH_ONE, PublishFixture.PARAGRAPH_TWO));
        county.submit(id);
        county.withdraw(id);
        county.edit(id, PublishFixture.text(2022, PublishFixture.PARAGRAPH_TWO, PublishFixture.PARAGRAPH_ONE));
        county.submit(id);

        Reply diff = as(county.drafter, "GET", "/api/reports/" + id + "/diff?from=1&to=2", null);
        assertThat(diff.status()).isEqualTo(200);
        JsonNode measures = diff.json(json).get("parts").get(0);
        assertThat(measures.get("kind").asText()).isEqualTo("MEASURES");
        assertThat(measures.get("change").asText()).isEqualTo("CHANGED");
        JsonNode moved = null;
        for (JsonNode p : measures.get("paragraphs")) {
            if (p.get("move") != null
                    && !p.get("move").isNull()
                    && "ADDED".equals(p.get("change").asText())) {
                moved = p;
            }
        }
        assertThat(moved).as("a moved paragraph in %s", measures).isNotNull();
        assertThat(moved.get("move").get("place").get("part").asText()).isEqualTo("MEASURES");
        assertThat(moved.get("segments").get(0).get("kind").asText()).isEqualTo("INSERTED");
        assertThat(as(county.advisor, "GET", "/api/reports/" + id + "/diff", null)
                        .status())
                .isEqualTo(200);

        assertThat(anonymous("/api/reports/" + id + "/diff").status()).isEqualTo(401);
        assertThat(call("GET", "/api/reports/" + id + "/diff", "drafter1", "demo123", null)
                        .status())
                .isEqualTo(403);
        assertThat(as(county.drafter, "GET", "/api/reports/" + id + "/diff?from=1&to=9", null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void publicPagesNeedNoLoginButShowOnlyPublishedReports() throws Exception {
        long published = county.approved(2021);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        context.getBean(cn.fazhi.flow.org.OrgService.class)
                .runAs(county.admin, () -> context.getBean(PublishService.class)
                        .publish(published, true, java.util.List.of()));

        assertThat(anonymous("/public").status()).isEqualTo(200);
        assertThat(anonymous("/public/reports/" + published).status()).isEqualTo(200);
        assertThat(anonymous("/public/reports/" + inReview).status()).isEqualTo(404);
        long draft = county.open(2020, PublishFixture.text(2020, PublishFixture.PARAGRAPH_ONE));
        assertThat(anonymous("/public/reports/" + draft).status()).isEqualTo(404);
        long approvedOnly = county.approved(2019);
        assertThat(anonymous("/public/reports/" + approvedOnly).status()).isEqualTo(404);

        // the public list holds the published reports and nothing else
        java.util.List<PublishedReport> listed =
                context.getBean(PublishService.class).published(county.countyId, null);
        assertThat(listed)
                .extracting(PublishedReport::reportId)
                .contains(published)
                .doesNotContain(inReview, draft, approvedOnly);
    }

    @Test
    void everythingElseStillNeedsALogin() throws Exception {
        assertThat(anonymous("/api/reports").status()).isEqualTo(401);
        assertThat(anonymous("/api/reports/" + approved + "/publication").status())
                .isEqualTo(401);
        assertThat(call("POST", "/api/reports/" + approved + "/publish", null, null, "{}")
                        .status())
                .isEqualTo(401);
        for (String view :
                new String[] {"/reports", "/reports/" + approved, "/tasks", "/reports/" + approved + "/review"}) {
            Reply page = anonymous(view);
            assertThat(page.status()).as(view).isEqualTo(302);
            assertThat(page.location()).as(view).endsWith("/login");
        }
        Reply cockpit = anonymous("/camunda/app/cockpit/default/");
        assertThat(cockpit.status()).isEqualTo(302);
        assertThat(anonymous("/engine-rest/process-definition").status()).isEqualTo(401);
    }

    HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void thePublicVersionDownloadsAsPdfAndDocxWithoutLoginAndNothingElseDoes() throws Exception {
        long published = county.approved(2018);
        long approvedOnly = county.approved(2017);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        context.getBean(cn.fazhi.flow.org.OrgService.class)
                .runAs(county.admin, () -> context.getBean(PublishService.class)
                        .publish(published, true, java.util.List.of("张三")));

        HttpResponse<byte[]> pdf = download("/public/reports/" + published + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("试点镇2018年法治政府建设情况报告").doesNotContain("张三");
        }
        HttpResponse<byte[]> docx = download("/public/reports/" + published + ".docx");
        assertThat(docx.statusCode()).isEqualTo(200);
        try (var document =
                        new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx.body()));
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            assertThat(extractor.getText())
                    .contains("试点镇2018年法治政府建设情况报告")
                    .contains("■■■")
                    .doesNotContain("张三");
        }
        assertThat(download("/public/reports/" + approvedOnly + ".pdf").statusCode())
                .isEqualTo(404);
        assertThat(download("/public/reports/" + approvedOnly + ".docx").statusCode())
                .isEqualTo(404);
        assertThat(download("/public/reports/" + inReview + ".pdf").statusCode())
                .isEqualTo(404);
    }
}
