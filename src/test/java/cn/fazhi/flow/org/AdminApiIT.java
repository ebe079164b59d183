package cn.fazhi.flow.org;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractIT;
import cn.fazhi.flow.ApiClient;
import cn.fazhi.flow.ApiClient.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The administration over the REST API, as a new county would use it: the system administrator creates the county and
 * its first administrator, who changes the one-time password and sets up townships, users and settings; another
 * county's administrator, a drafter and the system administrator are refused where it is not theirs.
 */
class AdminApiIT extends AbstractIT {

    private static final String ADMIN_PASSWORD = "Api#Admin2026";

    @Autowired
    ObjectMapper json;

    @Autowired
    OrgService org;

    @Test
    void aCountyFromNothingToItsPeopleAndSettings() {
        ApiClient api = new ApiClient(port, json);

        // The system administrator: counties and their first administrator.
        Reply counties = api.call("sysadmin", "GET", "/api/admin/counties", null);
        assertThat(counties.status()).isEqualTo(200);
        assertThat(names(counties.body(), "name")).contains("示范县");
        Reply created = api.call("sysadmin", "POST", "/api/admin/counties", Map.of("name", "接口县", "code", "419904"));
        assertThat(created.status()).isEqualTo(201);
        long county = created.body().get("id").asLong();
        Reply again = api.call("sysadmin", "POST", "/api/admin/counties", Map.of("name", "重名县", "code", "419904"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("error").asText()).isEqualTo("error.admin.countyCodeTaken");
        assertThat(again.body().get("message").asText()).isEqualTo("行政区划代码 419904 已被其他县（区）使用。");
        Reply badCode = api.call("sysadmin", "POST", "/api/admin/counties", Map.of("name", "某县", "code", "4199"));
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(api.call("sysadmin", "POST", "/api/admin/counties/987654321/admins", admin("api-x"))
                        .status())
                .isEqualTo(404);
        Reply first = api.call("sysadmin", "POST", "/api/admin/counties/" + county + "/admins", admin("api-admin"));
        assertThat(first.status()).isEqualTo(201);
        String oneTime = first.body().get("oneTimePassword").asText();
        assertThat(oneTime).hasSize(12);

        // Nobody else reaches the counties; the system administrator reaches no county's administration.
        assertThat(api.call("admin", "GET", "/api/admin/counties", null).status())
                .isEqualTo(403);
        Reply drafter = api.call("drafter1", "POST", "/api/admin/counties", Map.of("name", "某县", "code", "419905"));
        assertThat(drafter.status()).isEqualTo(403);
        assertThat(drafter.body().get("error").asText()).isEqualTo("error.roleNotAllowed");
        assertThat(api.call(null, "GET", "/api/admin/counties", null).status()).isEqualTo(401);
        assertThat(api.call("sysadmin", "GET", "/api/admin/townships", null).status())
                .isEqualTo(403);
        assertThat(api.call("drafter1", "GET", "/api/admin/users", null).status())
                .isEqualTo(403);

        // The county's administrator changes the one-time password first.
        assertThat(as(api, "api-admin", oneTime, "GET", "/api/admin/townships", null)
                        .status())
                .isEqualTo(403);
        assertThat(as(
                                api,
                                "api-admin",
                                oneTime,
                                "POST",
                                "/api/me/password",
                                Map.of("current", oneTime, "new", ADMIN_PASSWORD))
                        .status())
                .isEqualTo(204);

        // Townships.
        long jia = id(admin(api, "POST", "/api/admin/townships", township("甲镇", "TOWN", "419904-01")), 201);
        long yi = id(admin(api, "POST", "/api/admin/townships", township("乙乡", "TOWNSHIP", "419904-02")), 201);
        Reply taken = admin(api, "POST", "/api/admin/townships", township("丙镇", "TOWN", "419904-01"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(admin(api, "PUT", "/api/admin/townships/" + yi, Map.of("name", "乙镇", "kind", "TOWN"))
                        .status())
                .isEqualTo(204);
        assertThat(admin(api, "PUT", "/api/admin/townships/" + jia, Map.of("active", false))
                        .status())
                .isEqualTo(204);
        Reply townships = admin(api, "GET", "/api/admin/townships", null);
        assertThat(names(townships.body(), "name")).containsExactly("甲镇", "乙镇");
        assertThat(townships.body().get(0).get("active").asBoolean()).isFalse();
        assertThat(admin(api, "PUT", "/api/admin/townships/" + jia, Map.of("active", true))
                        .status())
                .isEqualTo(204);
        long demoTownship = org.findUser("drafter1").orElseThrow().townshipId();
        assertThat(admin(api, "PUT", "/api/admin/townships/" + demoTownship, Map.of("active", false))
                        .status())
                .isEqualTo(403);
        assertThat(admin(api, "PUT", "/api/admin/townships/987654321", Map.of("active", false))
                        .status())
                .isEqualTo(404);
        assertThat(api.call("admin", "PUT", "/api/admin/townships/" + jia, Map.of("active", false))
                        .status())
                .as("another county's administrator")
                .isEqualTo(403);

        // Users.
        Reply drafterCreated = admin(api, "POST", "/api/admin/users", user("api-drafter", "DRAFTER", jia));
        assertThat(drafterCreated.status()).isEqualTo(201);
        long drafterId = drafterCreated.body().get("id").asLong();
        String drafterPassword = drafterCreated.body().get("oneTimePassword").asText();
        assertThat(admin(api, "POST", "/api/admin/users", user("api-drafter", "COUNTY_REVIEWER", null))
                        .status())
                .isEqualTo(409);
        Map<String, Object> badMail = user("api-other", "COUNTY_REVIEWER", null);
        badMail.put("email", "no-mail");
        Reply refused = admin(api, "POST", "/api/admin/users", badMail);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("message").asText()).isEqualTo("电子邮箱格式不正确：no-mail");
        assertThat(admin(api, "POST", "/api/admin/users", user("api-other", "DRAFTER", demoTownship))
                        .status())
                .isEqualTo(400);
        assertThat(admin(api, "PUT", "/api/admin/users/" + drafterId, user("api-drafter", "DRAFTER", yi))
                        .status())
                .isEqualTo(204);
        assertThat(org.findUser("api-drafter").orElseThrow().townshipId()).isEqualTo(yi);
        assertThat(names(admin(api, "GET", "/api/admin/users", null).body(), "login"))
                .containsExactly("api-admin", "api-drafter");

        assertThat(admin(api, "POST", "/api/admin/users/" + drafterId + "/deactivate", null)
                        .status())
                .isEqualTo(204);
        assertThat(as(api, "api-drafter", drafterPassword, "GET", "/api/me", null)
                        .status())
                .as("a deactivated user cannot sign in")
                .isEqualTo(401);
        assertThat(admin(api, "POST", "/api/admin/users/" + drafterId + "/activate", null)
                        .status())
                .isEqualTo(204);
        assertThat(as(api, "api-drafter", drafterPassword, "GET", "/api/me", null)
                        .status())
                .isEqualTo(200);
        Reply reset = admin(api, "POST", "/api/admin/users/" + drafterId + "/reset-password", null);
        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.body().get("oneTimePassword").asText()).hasSize(12).isNotEqualTo(drafterPassword);
        assertThat(as(api, "api-drafter", drafterPassword, "GET", "/api/me", null)
                        .status())
                .isEqualTo(401);

        long me = org.findUser("api-admin").orElseThrow().id();
        Reply last = admin(api, "POST", "/api/admin/users/" + me + "/deactivate", null);
        assertThat(last.status()).isEqualTo(409);
        assertThat(last.body().get("error").asText()).isEqualTo("error.admin.lastAdmin");
        assertThat(api.call("admin", "POST", "/api/admin/users/" + drafterId + "/deactivate", null)
                        .status())
                .as("another county's administrator")
                .isEqualTo(403);
        assertThat(admin(api, "POST", "/api/admin/users/987654321/deactivate", null)
                        .status())
                .isEqualTo(404);

        // Settings.
        Reply settings = admin(api, "GET", "/api/admin/settings", null);
        assertThat(settings.body().get("publicationDue").asText()).isEqualTo("04-01");
        assertThat(settings.body().get("legalReviewDays").asInt()).isEqualTo(5);
        Map<String, Object> changed = Map.of(
                "leadSignOffRequired", true, "legalReviewDays", 7, "countyReviewDays", 3, "publicationDue", "03-15");
        assertThat(admin(api, "PUT", "/api/admin/settings", changed).status()).isEqualTo(204);
        settings = admin(api, "GET", "/api/admin/settings", null);
        assertThat(settings.body().get("publicationDue").asText()).isEqualTo("03-15");
        assertThat(settings.body().get("leadSignOffRequired").asBoolean()).isTrue();
        Map<String, Object> bad = new HashMap<>(changed);
        bad.put("publicationDue", "13-01");
        assertThat(admin(api, "PUT", "/api/admin/settings", bad).status()).isEqualTo(400);
        assertThat(api.call("admin", "GET", "/api/admin/settings", null)
                        .body()
                        .get("publicationDue")
                        .asText())
                .as("the demo county's own settings")
                .isEqualTo("04-01");
    }

    @Test
    void twoRequestsCreatingTheSameLoginAtOnceGiveOneAccountAndA409() throws Exception {
        ApiClient api = new ApiClient(port, json);
        Map<String, Object> body = Map.of("login", "api-race", "name", "竞态用户", "roles", List.of("COUNTY_REVIEWER"));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.Callable<Integer> create = () -> {
                start.await();
                return api.call("admin", "POST", "/api/admin/users", body).status();
            };
            var first = pool.submit(create);
            var second = pool.submit(create);
            start.countDown();
            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdown();
        }
        assertThat(names(api.call("admin", "GET", "/api/admin/users", null).body(), "login"))
                .containsOnlyOnce("api-race");
    }

    private Reply admin(ApiClient api, String method, String path, Object body) {
        return as(api, "api-admin", ADMIN_PASSWORD, method, path, body);
    }

    private static Reply as(ApiClient api, String user, String password, String method, String path, Object body) {
        return api.call(user, password, method, path, body, "zh-CN");
    }

    private static long id(Reply reply, int status) {
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(status);
        return reply.body().get("id").asLong();
    }

    private static Map<String, Object> admin(String login) {
        return Map.of("login", login, "name", "接口县管理员", "email", login + "@jk.gov.cn", "phone", "13800000004");
    }

    private static Map<String, Object> township(String name, String kind, String code) {
        return Map.of("name", name, "kind", kind, "code", code);
    }

    private static Map<String, Object> user(String login, String role, Long township) {
        Map<String, Object> body = new HashMap<>();
        body.put("login", login);
        body.put("name", "接口用户");
        body.put("phone", "0394-5200000");
        body.put("roles", List.of(role));
        body.put("townshipId", township);
        return body;
    }

    private static List<String> names(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(n -> n.get(field).asText())
                .toList();
    }
}
