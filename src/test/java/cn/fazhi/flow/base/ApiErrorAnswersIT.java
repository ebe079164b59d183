package cn.fazhi.flow.base;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractIT;
import cn.fazhi.flow.ApiClient;
import cn.fazhi.flow.ApiClient.Reply;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.publish.PublishFixture;
import cn.fazhi.flow.report.ReportService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

/**
 * How the REST API answers requests that fit no operation, and failures of the engine: always
 * {@code {"error", "message"}} in the caller's language, never the Vaadin page, never a stack trace in the log for a
 * bad request, and never the name or message of an engine class.
 */
@ExtendWith(OutputCaptureExtension.class)
class ApiErrorAnswersIT extends AbstractIT {

    @Autowired
    ObjectMapper json;

    @Autowired
    ApplicationContext context;

    ApiClient api() {
        return new ApiClient(port, json);
    }

    /** The reply's JSON error, checked to be one of ours with a message in the language; answers the message. */
    static String error(Reply reply, String key) {
        assertThat(reply.body().isObject())
                .as(new String(reply.bytes(), StandardCharsets.UTF_8))
                .isTrue();
        assertThat(reply.body().get("error").asText()).isEqualTo(key);
        String message = reply.body().get("message").asText();
        assertThat(message).isNotBlank().doesNotStartWith("!");
        return message;
    }

    @Test
    void anUnknownApiPathIsA404InTheCallersLanguageNotTheVaadinPage() throws Exception {
        Reply chinese = api().call("drafter1", "GET", "/api/no-such-thing", null);
        assertThat(chinese.status()).isEqualTo(404);
        assertThat(error(chinese, "error.apiNotFound")).contains("接口中没有这个地址");

        Reply english = api().call("drafter1", "POST", "/api/reports/1/no-such-action", null, "en");
        assertThat(english.status()).isEqualTo(404);
        assertThat(error(english, "error.apiNotFound")).contains("no such address");

        assertThat(api().call(null, "GET", "/api/no-such-thing", null).status())
                .as("without credentials the API still answers 401 first")
                .isEqualTo(401);
        assertThat(api().call("drafter1", "GET", "/api/reports", null).status()).isEqualTo(200);
    }

    @Test
    void anUnsupportedContentTypeIsA415WithATranslatedMessageAndNoStackTrace(CapturedOutput log) throws Exception {
        Reply draft =
                api().call("drafter1", "PUT", "/api/reports/1/draft", "<draft/>".getBytes(StandardCharsets.UTF_8));
        assertThat(draft.status()).isEqualTo(415);
        assertThat(error(draft, "error.unsupportedMediaType"))
                .contains("不支持这种请求内容类型")
                .contains("application/json");

        Reply upload = api().call("drafter1", "POST", "/api/documents/parse", Map.of(), "en");
        assertThat(upload.status()).isEqualTo(415);
        assertThat(error(upload, "error.unsupportedMediaType"))
                .contains("not supported")
                .contains("multipart/form-data");

        assertThat(log.getAll()).doesNotContain("HttpMediaTypeNotSupportedException", "Unexpected failure");
    }

    /** A GET as drafter1 asking for an answer type. */
    HttpResponse<String> accepting(String path, String type) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Basic ZHJhZnRlcjE6ZGVtbzEyMw==")
                                .header("Accept", type)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aMethodAPathDoesNotTakeIsA405AndAnAnswerTypeItCannotGiveA406() throws Exception {
        Reply method = api().call("drafter1", "GET", "/api/reports/1/submit", null);
        assertThat(method.status()).isEqualTo(405);
        assertThat(error(method, "error.methodNotAllowed")).contains("POST");
        assertThat(accepting("/api/reports/1/submit", "application/json")
                        .headers()
                        .firstValue("Allow"))
                .hasValue("POST");

        HttpResponse<String> png = accepting("/api/reports", "image/png");
        assertThat(png.statusCode()).isEqualTo(406);
        assertThat(json.readTree(png.body()).get("error").asText()).isEqualTo("error.notAcceptable");
    }

    /**
     * The system administrator suspends a report's process in the engine (Cockpit or /engine-rest); the legal
     * advisor then claims and decides its task through the API. The engine refuses, and the answer names nothing of
     * the engine. Whoever is not the system administrator gets no engine error body from /engine-rest either.
     */
    @Test
    void engineFailuresNameNoEngineClassOrMessage() throws Exception {
        PublishFixture county = new PublishFixture(context, "apierr");
        long reportId = county.open(2024, PublishFixture.text(2024, PublishFixture.PARAGRAPH_ONE));
        county.submit(reportId);
        String process = context.getBean(OrgService.class)
                .runAs(
                        county.drafter,
                        () -> context.getBean(ReportService.class).get(reportId).processInstanceId());
        String suspension = "/engine-rest/process-instance/" + process + "/suspended";
        assertThat(api().call("sysadmin", "PUT", suspension, Map.of("suspended", true))
                        .status())
                .isEqualTo(204);
        try {
            String task = null;
            for (JsonNode t : advisor(county, "GET", "/api/tasks", null).body()) {
                if (t.get("reportId").asLong() == reportId) {
                    task = t.get("id").asText();
                }
            }
            assertThat(task).isNotNull();
            for (Reply reply : List.of(
                    advisor(county, "POST", "/api/tasks/" + task + "/claim", null),
                    advisor(county, "POST", "/api/tasks/" + task + "/decision", Map.of("outcome", "APPROVE")))) {
                assertThat(reply.status()).isGreaterThanOrEqualTo(400);
                assertThat(reply.body().get("message").asText()).isNotBlank();
                assertNoEngineNames(reply);
            }
        } finally {
            api().call("sysadmin", "PUT", suspension, Map.of("suspended", false));
        }
        for (String user : new String[] {null, "drafter1", "admin", "auditor"}) {
            Reply engine = api().call(user, "GET", "/engine-rest/task/no-such-task", null, "en");
            assertThat(engine.status()).as(String.valueOf(user)).isIn(401, 403);
            assertNoEngineNames(engine);
        }
    }

    private Reply advisor(PublishFixture county, String method, String path, Object body) {
        return api().call(county.advisor, PublishFixture.PASSWORD, method, path, body, "zh-CN");
    }

    static void assertNoEngineNames(Reply reply) {
        assertThat(new String(reply.bytes(), StandardCharsets.UTF_8))
                .doesNotContainIgnoringCase("exception")
                .doesNotContainIgnoringCase("camunda")
                .doesNotContain("ENGINE-")
                .doesNotContainIgnoringCase("suspended")
                .doesNotContain("org.");
    }
}
