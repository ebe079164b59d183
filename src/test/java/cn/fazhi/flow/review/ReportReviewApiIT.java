package cn.fazhi.flow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mockingDetails;

import cn.fazhi.flow.AbstractIT;
import cn.fazhi.flow.ApiClient;
import cn.fazhi.flow.ApiClient.Reply;
import cn.fazhi.flow.check.CheckService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The whole report-review path over the REST API, on the demo county, against H2 or (with -Dit.db=mysql) the real
 * MySQL/MariaDB server: every repository query and every step of the process runs for real.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportReviewApiIT extends AbstractIT {

    @Autowired
    ObjectMapper json;

    /** Counts the pre-check runs: a submission runs it once, whether it passes or not. */
    @MockitoSpyBean
    CheckService checks;

    /** A report's pre-check runs since the last {@code clearInvocations(checks)}: its whole check, or its verdict. */
    long precheckRuns(long reportId) {
        return mockingDetails(checks).getInvocations().stream()
                .filter(i -> i.getMethod().getName().equals("checkFor")
                        || i.getMethod().getName().equals("passes"))
                .filter(i -> i.getArguments()[0].equals(reportId))
                .count();
    }

    Reply call(String user, String method, String path, Object body) {
        return new ApiClient(port, json).call(user, method, path, body);
    }

    long reportOf(String user) {
        Reply list = call(user, "GET", "/api/reports", null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).hasSize(1);
        return list.body().get(0).get("id").asLong();
    }

    String taskOf(String user, long reportId) {
        Reply tasks = call(user, "GET", "/api/tasks", null);
        assertThat(tasks.status()).isEqualTo(200);
        for (JsonNode t : tasks.body()) {
            if (t.get("reportId").asLong() == reportId) {
                return t.get("id").asText();
            }
        }
        throw new AssertionError("no task for report " + reportId + " in " + tasks.body());
    }

    @Test
    @Order(1)
    void eachRoleSeesOnlyWhatItMay() {
        assertThat(call("drafter2", "GET", "/api/reports", null).body()).hasSize(1);
        assertThat(call("drafter2", "GET", "/api/reports", null)
                        .body()
                        .get(0)
                        .get("township")
                        .asText())
                .isEqualTo("榆垡镇");
        assertThat(call("advisor", "GET", "/api/reports", null).body()).hasSize(5);
        assertThat(call("county", "GET", "/api/reports", null).body()).hasSize(5);
        assertThat(call("admin", "GET", "/api/reports", null).body()).hasSize(5);
        assertThat(call(null, "GET", "/api/reports", null).status()).isEqualTo(401);

        long yufa = reportOf("drafter2");
        Reply foreign = call("drafter1", "GET", "/api/reports/" + yufa, null);
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.body().get("message").asText()).contains("无权");
        assertThat(call("drafter1", "POST", "/api/reports/" + yufa + "/submit", null)
                        .status())
                .isEqualTo(403);
        assertThat(call("drafter1", "GET", "/api/reports/" + yufa + "/history", null)
                        .status())
                .isEqualTo(403);
        assertThat(call("drafter1", "GET", "/api/reports/999999", null).status())
                .isEqualTo(404);
        assertThat(call("county", "GET", "/engine-rest/process-definition/count", null)
                        .status())
                .isEqualTo(403);
    }

    @Test
    @Order(2)
    void theDemoDraftIsSplitIntoItsParts() {
        long yufa = reportOf("drafter2");
        Reply report = call("drafter2", "GET", "/api/reports/" + yufa, null);
        assertThat(report.body().get("status").asText()).isEqualTo("DRAFTING");
        assertThat(report.body().get("step").asText()).isEqualTo("Task_Draft");
        assertThat(report.body().get("year").asInt()).isEqualTo(2020);
        List<String> kinds = report.body().get("parts").findValuesAsText("kind");
        assertThat(kinds).containsExactly("MEASURES", "SHORTCOMINGS", "LEADERSHIP", "NEXT_YEAR");
    }

    @Test
    @Order(3)
    void aMissingMandatoryPartBlocksSubmissionAndNamesThePart() {
        long taiyao = reportOf("drafter1");
        clearInvocations(checks);
        Reply blocked = call("drafter1", "POST", "/api/reports/" + taiyao + "/submit", null);
        assertThat(blocked.status()).isEqualTo(422);
        assertThat(precheckRuns(taiyao)).isEqualTo(1);
        JsonNode finding = blocked.body().get("findings").get(0);
        assertThat(finding.get("rule").asText()).isEqualTo("missing-part");
        assertThat(finding.get("severity").asText()).isEqualTo("ERROR");
        assertThat(finding.get("part").asText()).isEqualTo("LEADERSHIP");
        assertThat(finding.get("message").asText()).contains("第一责任人");
        Reply after = call("drafter1", "GET", "/api/reports/" + taiyao, null);
        assertThat(after.body().get("status").asText()).isEqualTo("DRAFTING");
        assertThat(after.body().get("version").asInt()).isZero();
    }

    @Test
    @Order(4)
    void draftSavesAreCheckedForConcurrentEditsAndOwnership() {
        long yufa = reportOf("drafter2");
        JsonNode report = call("drafter2", "GET", "/api/reports/" + yufa, null).body();
        ObjectNode draft = draftOf(report);
        draft.put("title", "榆垡镇2020年法治政府建设情况报告");
        Reply saved = call("drafter2", "PUT", "/api/reports/" + yufa + "/draft", draft);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body().get("lockVersion").asLong())
                .isGreaterThan(report.get("lockVersion").asLong());

        Reply stale = call("drafter2", "PUT", "/api/reports/" + yufa + "/draft", draft);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(call("lead2", "PUT", "/api/reports/" + yufa + "/draft", draft)
                        .status())
                .isEqualTo(403);
        assertThat(call("drafter2", "PUT", "/api/reports/" + yufa + "/draft", "{not json")
                        .status())
                .isEqualTo(400);
        assertThat(call("drafter2", "GET", "/api/reports/" + yufa, null)
                        .body()
                        .get("title")
                        .asText())
                .isEqualTo("榆垡镇2020年法治政府建设情况报告");
    }

    @Test
    @Order(5)
    void aReportGoesFromDraftThroughLegalReviewToCountySignOff() {
        long yufa = reportOf("drafter2");
        clearInvocations(checks);
        Reply submitted = call("drafter2", "POST", "/api/reports/" + yufa + "/submit", null);
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(precheckRuns(yufa)).isEqualTo(1);
        assertThat(submitted.body().get("status").asText()).isEqualTo("LEGAL_REVIEW");
        assertThat(submitted.body().get("version").asInt()).isEqualTo(1);

        // Nobody has claimed it: the drafter may withdraw, and submit again.
        Reply withdrawn = call("drafter2", "POST", "/api/reports/" + yufa + "/withdraw", null);
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.body().get("status").asText()).isEqualTo("DRAFTING");
        assertThat(call("drafter2", "POST", "/api/reports/" + yufa + "/submit", null)
                        .body()
                        .get("version")
                        .asInt())
                .isEqualTo(2);

        // The advisor claims it; the drafter can no longer withdraw; another drafter cannot act on the task.
        String legal = taskOf("advisor", yufa);
        assertThat(call("drafter1", "POST", "/api/tasks/" + legal + "/claim", null)
                        .status())
                .isEqualTo(403);
        assertThat(call("advisor", "POST", "/api/tasks/" + legal + "/claim", null)
                        .status())
                .isEqualTo(200);
        assertThat(call("drafter2", "POST", "/api/reports/" + yufa + "/withdraw", null)
                        .status())
                .isEqualTo(409);

        // A paragraph comment, then a return without a comment is refused, then a return with one.
        Reply comment = call(
                "advisor",
                "POST",
                "/api/reports/" + yufa + "/comments",
                Map.of("part", "SHORTCOMINGS", "paragraph", 1, "quote", "存在", "text", "请具体说明原因。"));
        assertThat(comment.status()).isEqualTo(201);
        assertThat(comment.body().get("anchor").asInt()).isEqualTo(1);
        assertThat(call("advisor", "POST", "/api/tasks/" + legal + "/decision", Map.of("outcome", "RETURN"))
                        .status())
                .isEqualTo(400);
        assertThat(call(
                                "advisor",
                                "POST",
                                "/api/tasks/" + legal + "/decision",
                                Map.of("outcome", "RETURN", "comment", "第二部分原因分析不足，请修改。"))
                        .status())
                .isEqualTo(200);
        assertThat(call("advisor", "POST", "/api/tasks/" + legal + "/decision", Map.of("outcome", "APPROVE"))
                        .status())
                .isEqualTo(409);
        JsonNode returned =
                call("drafter2", "GET", "/api/reports/" + yufa, null).body();
        assertThat(returned.get("status").asText()).isEqualTo("RETURNED");

        // The drafter sees every comment, edits, and resubmits: it goes to legal review again.
        JsonNode comments = call("drafter2", "GET", "/api/reports/" + yufa + "/comments", null)
                .body();
        assertThat(comments.findValuesAsText("text")).contains("请具体说明原因。", "第二部分原因分析不足，请修改。");
        ObjectNode draft = draftOf(returned);
        ((ObjectNode) draft.get("parts").get(1))
                .put("body", returned.get("parts").get(1).get("body").asText() + "\n原因在于基层法治力量薄弱。");
        assertThat(call("drafter2", "PUT", "/api/reports/" + yufa + "/draft", draft)
                        .status())
                .isEqualTo(200);
        Reply again = call("drafter2", "POST", "/api/reports/" + yufa + "/submit", null);
        assertThat(again.body().get("status").asText()).isEqualTo("LEGAL_REVIEW");
        assertThat(again.body().get("version").asInt()).isEqualTo(3);

        String legal2 = taskOf("advisor", yufa);
        assertThat(call("advisor", "POST", "/api/tasks/" + legal2 + "/decision", Map.of("outcome", "APPROVE"))
                        .status())
                .isEqualTo(200);
        assertThat(call("drafter2", "GET", "/api/reports/" + yufa, null)
                        .body()
                        .get("status")
                        .asText())
                .isEqualTo("COUNTY_REVIEW");
        // Decided: no withdrawing now.
        assertThat(call("drafter2", "POST", "/api/reports/" + yufa + "/withdraw", null)
                        .status())
                .isEqualTo(409);

        // The county returns without asking for a new legal review: the resubmission goes straight back to it.
        String county = taskOf("county", yufa);
        assertThat(call(
                                "county",
                                "POST",
                                "/api/tasks/" + county + "/decision",
                                Map.of("outcome", "RETURN", "comment", "落款缺失，请补充。", "legalReReview", false))
                        .status())
                .isEqualTo(200);
        JsonNode back = call("drafter2", "GET", "/api/reports/" + yufa, null).body();
        ObjectNode fixed = draftOf(back);
        fixed.putObject("closing").put("office", "榆垡镇人民政府").put("date", "2021年1月15日");
        assertThat(call("drafter2", "PUT", "/api/reports/" + yufa + "/draft", fixed)
                        .status())
                .isEqualTo(200);
        assertThat(call("drafter2", "POST", "/api/reports/" + yufa + "/submit", null)
                        .body()
                        .get("status")
                        .asText())
                .isEqualTo("COUNTY_REVIEW");

        String county2 = taskOf("county", yufa);
        assertThat(call("county", "POST", "/api/tasks/" + county2 + "/decision", Map.of("outcome", "APPROVE"))
                        .status())
                .isEqualTo(200);
        JsonNode approved = call("county", "GET", "/api/reports/" + yufa, null).body();
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("versions")).hasSize(4);

        List<String> actions = call("drafter2", "GET", "/api/reports/" + yufa + "/history", null)
                .body()
                .findValuesAsText("action");
        assertThat(actions)
                .containsSubsequence(
                        "CREATED",
                        "SUBMITTED",
                        "WITHDRAWN",
                        "SUBMITTED",
                        "CLAIMED",
                        "COMMENTED",
                        "RETURNED",
                        "SUBMITTED",
                        "APPROVED",
                        "RETURNED",
                        "SUBMITTED",
                        "APPROVED");
    }

    @Test
    @Order(6)
    void staleAndUnknownTasksAnswerConflictAndNotFound() {
        assertThat(call("advisor", "POST", "/api/tasks/no-such-task/claim", null)
                        .status())
                .isEqualTo(404);
        assertThat(call("advisor", "POST", "/api/tasks/x/decision", "{\"outcome\":\"MAYBE\"}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    @Order(7)
    void theApiIsDescribedByOpenApi() {
        Reply docs = call(null, "GET", "/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("paths").has("/api/reports/{id}/submit")).isTrue();
        assertThat(docs.body().get("paths").has("/api/tasks/{id}/decision")).isTrue();
    }

    private ObjectNode draftOf(JsonNode report) {
        ObjectNode draft = json.createObjectNode();
        draft.put("title", report.get("title").asText());
        draft.put("opening", report.get("opening").asText());
        draft.set("parts", report.get("parts").deepCopy());
        draft.set("closing", report.get("closing").deepCopy());
        draft.put("lockVersion", report.get("lockVersion").asLong());
        return draft;
    }
}
