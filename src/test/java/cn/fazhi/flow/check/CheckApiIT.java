package cn.fazhi.flow.check;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractIT;
import cn.fazhi.flow.ApiClient;
import cn.fazhi.flow.ApiClient.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pre-check over the REST API on the demo county, against H2 or (with -Dit.db=mysql) MySQL/MariaDB: the stateless
 * text check, a report's findings, the county's settings and the drafter's waivers. Changes only 盘龙彝族乡's report
 * (drafter5) and puts the county's settings back as it found them.
 */
class CheckApiIT extends AbstractIT {

    @Autowired
    ObjectMapper json;

    private final List<Long> waiversMade = new ArrayList<>();

    Reply call(String user, String method, String path, Object body) {
        return call(user, method, path, body, "zh-CN");
    }

    Reply call(String user, String method, String path, Object body, String language) {
        return new ApiClient(port, json).call(user, method, path, body, language);
    }

    long reportOf(String user) {
        Reply list = call(user, "GET", "/api/reports", null);
        assertThat(list.status()).isEqualTo(200);
        return list.body().get(0).get("id").asLong();
    }

    static byte[] sample(String name) throws IOException {
        try (InputStream in = CheckApiIT.class.getResourceAsStream("/demo/samples/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    void setting(String rule, boolean enabled, String severity) {
        Map<String, Object> change = new java.util.HashMap<>();
        change.put("rule", rule);
        change.put("enabled", enabled);
        change.put("severity", severity);
        assertThat(call("admin", "PUT", "/api/check/settings", change).status()).isEqualTo(200);
    }

    List<JsonNode> findings(JsonNode body, String rule) {
        List<JsonNode> found = new ArrayList<>();
        body.get("findings").forEach(f -> {
            if (f.get("rule").asText().equals(rule)) {
                found.add(f);
            }
        });
        return found;
    }

    @AfterEach
    void putTheCountyBack() {
        setting("part-folded", true, null);
        waiversMade.forEach(id -> call("drafter5", "DELETE", "/api/check/waivers/" + id, null));
        long panlong = reportOf("drafter5");
        JsonNode report =
                call("drafter5", "GET", "/api/reports/" + panlong, null).body();
        if (!report.get("status").asText().equals("DRAFTING")) {
            call("drafter5", "POST", "/api/reports/" + panlong + "/withdraw", null);
        }
    }

    @Test
    void aPlainTextIsCheckedInTheCallersLanguageAndNothingIsStored() throws IOException {
        Reply reply = call("drafter1", "POST", "/api/check", sample("taiyao-2022.txt"));
        assertThat(reply.status()).isEqualTo(200);
        // taiyao's title names no year; its opening starts 2022年以来.
        assertThat(reply.body().get("year").asInt()).isEqualTo(2022);
        JsonNode parts = reply.body().get("parts");
        assertThat(parts.findValuesAsText("kind"))
                .contains("MEASURES", "SHORTCOMINGS")
                .doesNotContain("LEADERSHIP");
        assertThat(parts.get(0).get("heading").asText()).isNotBlank();
        assertThat(parts.get(0).get("line").asInt()).isPositive();
        JsonNode missing = findings(reply.body(), "missing-part").get(0);
        assertThat(missing.get("severity").asText()).isEqualTo("ERROR");
        assertThat(missing.get("part").asText()).isEqualTo("LEADERSHIP");
        assertThat(missing.get("message").asText()).contains("缺少必备部分", "党政主要负责人履行第一责任人职责情况");
        for (String field : List.of("paragraph", "line", "excerpt", "suggestion")) {
            assertThat(missing.has(field)).as(field).isTrue();
        }

        Reply english = call("county", "POST", "/api/check?year=2022", sample("taiyao-2022.txt"), "en");
        assertThat(english.status()).isEqualTo(200);
        assertThat(findings(english.body(), "missing-part")
                        .get(0)
                        .get("message")
                        .asText())
                .contains("A mandatory part is missing");

        // The year comes from the title when it names one.
        assertThat(call("advisor", "POST", "/api/check", sample("hongshan-2023.txt"))
                        .body()
                        .get("year")
                        .asInt())
                .isEqualTo(2023);
        assertThat(call("advisor", "POST", "/api/check?year=2021", sample("taiyao-2022.txt"))
                        .body()
                        .get("year")
                        .asInt())
                .isEqualTo(2021);

        Reply empty = call("drafter1", "POST", "/api/check", " \n ".getBytes(StandardCharsets.UTF_8));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().get("error").asText()).isEqualTo("check.api.emptyText");
        assertThat(empty.body().get("message").asText()).contains("请提交报告正文");
        assertThat(call("drafter1", "POST", "/api/check", new byte[0]).status()).isEqualTo(400);
        assertThat(call(null, "POST", "/api/check", sample("panlong-2023.txt")).status())
                .isEqualTo(401);
    }

    @Test
    void aReportsFindingsFollowTheCountysSettingsAndTheDraftersWaivers() {
        long panlong = reportOf("drafter5");
        // 盘龙彝族乡 has the first responsible person's duties only inside part 一: a WARNING where they stand, not a
        // missing part.
        Reply mine = call("drafter5", "GET", "/api/reports/" + panlong + "/check", null);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(findings(mine.body(), "missing-part")).isEmpty();
        JsonNode folded = findings(mine.body(), "part-folded").get(0);
        assertThat(folded.get("severity").asText()).isEqualTo("WARNING");
        assertThat(folded.get("waived").asBoolean()).isFalse();
        assertThat(folded.get("message").asText()).isNotBlank().doesNotStartWith("!");
        assertThat(call("drafter1", "GET", "/api/reports/" + panlong + "/check", null)
                        .status())
                .isEqualTo(403);

        // Only the county's administrator reads and changes the settings.
        assertThat(call("drafter5", "GET", "/api/check/settings", null).status())
                .isEqualTo(403);
        assertThat(call("county", "PUT", "/api/check/settings", Map.of("rule", "part-folded", "enabled", false))
                        .status())
                .isEqualTo(403);
        Reply settings = call("admin", "GET", "/api/check/settings", null);
        assertThat(settings.status()).isEqualTo(200);
        assertThat(settings.body().findValuesAsText("rule")).contains("missing-part", "part-folded", "stray-text");
        assertThat(call("admin", "PUT", "/api/check/settings", Map.of("rule", "no-such-rule", "enabled", true))
                        .status())
                .isEqualTo(400);

        // The drafter marks the WARNING not applicable, with a reason the reviewers read.
        Map<String, Object> waiver = new java.util.HashMap<>();
        waiver.put("rule", "part-folded");
        waiver.put("part", folded.get("part").asText());
        waiver.put("excerpt", folded.get("excerpt").asText());
        waiver.put("reason", " ");
        assertThat(call("drafter5", "POST", "/api/reports/" + panlong + "/check/waivers", waiver)
                        .status())
                .isEqualTo(400);
        waiver.put("reason", "第一责任人履职情况已在第一部分单列小节说明。");
        assertThat(call("advisor", "POST", "/api/reports/" + panlong + "/check/waivers", waiver)
                        .status())
                .isEqualTo(403);
        assertThat(call("drafter1", "POST", "/api/reports/" + panlong + "/check/waivers", waiver)
                        .status())
                .isEqualTo(403);
        Reply made = call("drafter5", "POST", "/api/reports/" + panlong + "/check/waivers", waiver);
        assertThat(made.status()).isEqualTo(201);
        long waiverId = made.body().get("id").asLong();
        waiversMade.add(waiverId);
        JsonNode seen = findings(
                        call("advisor", "GET", "/api/reports/" + panlong + "/check", null)
                                .body(),
                        "part-folded")
                .get(0);
        assertThat(seen.get("waived").asBoolean()).isTrue();
        assertThat(seen.get("waiver").get("reason").asText()).isEqualTo("第一责任人履职情况已在第一部分单列小节说明。");
        assertThat(seen.get("waiver").get("waivedBy").asText()).isEqualTo("drafter5");
        assertThat(call("county", "GET", "/api/reports/" + panlong + "/check/waivers", null)
                        .body()
                        .findValuesAsText("reason"))
                .containsExactly("第一责任人履职情况已在第一部分单列小节说明。");

        // The county makes part-folded an ERROR: it blocks the submission whatever the waiver says, and an ERROR
        // cannot be waived.
        setting("part-folded", true, "ERROR");
        Reply blocked = call("drafter5", "POST", "/api/reports/" + panlong + "/submit", null);
        assertThat(blocked.status()).isEqualTo(422);
        JsonNode first = findings(blocked.body(), "part-folded").get(0);
        assertThat(first.get("severity").asText()).isEqualTo("ERROR");
        assertThat(first.get("part").asText()).isEqualTo(folded.get("part").asText());
        assertThat(first.get("paragraph").asInt())
                .isEqualTo(folded.get("paragraph").asInt());
        assertThat(first.get("excerpt").asText())
                .isEqualTo(folded.get("excerpt").asText());
        assertThat(first.get("message").asText())
                .isEqualTo(folded.get("message").asText());
        for (String field : List.of("paragraph", "line", "suggestion")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(findings(
                                call("drafter5", "GET", "/api/reports/" + panlong + "/check", null)
                                        .body(),
                                "part-folded")
                        .get(0)
                        .get("waived")
                        .asBoolean())
                .isFalse();
        Reply refused = call("drafter5", "POST", "/api/reports/" + panlong + "/check/waivers", waiver);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("error").asText()).isEqualTo("check.api.waiver.error");

        // Switched off, the rule finds nothing in the report and the submission goes through.
        setting("part-folded", false, null);
        assertThat(findings(
                        call("drafter5", "GET", "/api/reports/" + panlong + "/check", null)
                                .body(),
                        "part-folded"))
                .isEmpty();
        Reply submitted = call("drafter5", "POST", "/api/reports/" + panlong + "/submit", null);
        assertThat(submitted.status()).as("%s", submitted.body()).isEqualTo(200);
        assertThat(call("drafter5", "POST", "/api/reports/" + panlong + "/withdraw", null)
                        .status())
                .isEqualTo(200);

        // Only the drafter takes a waiver back.
        assertThat(call("drafter1", "DELETE", "/api/check/waivers/" + waiverId, null)
                        .status())
                .isEqualTo(403);
        assertThat(call("drafter5", "DELETE", "/api/check/waivers/" + waiverId, null)
                        .status())
                .isEqualTo(204);
        assertThat(call("drafter5", "DELETE", "/api/check/waivers/" + waiverId, null)
                        .status())
                .isEqualTo(404);
        waiversMade.clear();
    }
}
