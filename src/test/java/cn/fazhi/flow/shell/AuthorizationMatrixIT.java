package cn.fazhi.flow.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import cn.fazhi.flow.AbstractIT;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.Role;
import cn.fazhi.flow.org.TownshipInfo;
import cn.fazhi.flow.org.UserAccount;
import cn.fazhi.flow.shell.AuthorizationMatrix.Does;
import cn.fazhi.flow.shell.AuthorizationMatrix.Row;
import cn.fazhi.flow.shell.AuthorizationMatrix.Scope;
import cn.fazhi.flow.shell.AuthorizationMatrix.Shows;
import cn.fazhi.flow.shell.AuthorizationMatrix.Who;
import cn.fazhi.flow.shell.MatrixFixtures.Target;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The authorization matrix ({@code authorization-matrix.txt}): every operation of the REST API, as every role, on a
 * target in the caller's own township, another township of the same county, another county and an unknown id, answers
 * the status the matrix gives; a refused write changes nothing; no reply, allowed or refused, JSON or file, names what
 * the caller may not see. The matrix has a line for every operation of the OpenAPI description and none it lacks, so a
 * new endpoint without a line fails here. On H2, and on MySQL/MariaDB with {@code -Dit.db=mysql}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT extends AbstractIT {

    private static final String DEMO_PASSWORD = "demo123";

    /** What the uploads and the checked text say: nothing of any township of the fixture or the demo. */
    private static final String NEUTRAL_TEXT =
            """
            关于2024年法治政府建设情况的报告
            一、主要举措和成效
            全年组织领导干部会前学法十二次，重大行政决策全部经过合法性审查。
            二、存在的不足和原因
            基层法治力量仍然薄弱。
            三、党政主要负责人履行推进法治建设第一责任人职责情况
            党政主要负责人亲自部署法治建设重要工作。
            四、下一年度主要安排
            持续深化法治政府建设。
            """;

    /**
     * A caller: a user of the matrix county (or of no county, or nobody), called in every scope; or a user of the demo
     * county, called only where it cannot change the demo data other tests use (another county, unknown ids, and the
     * lines without target unless allowed to write).
     */
    record Subject(String username, String password, Who who, boolean everyScope) {

        String label() {
            return username == null ? "anonymous" : username + " (" + who + ")";
        }

        /** Whether this caller is called for the letter in the scope on the line. */
        boolean calledFor(Row row, Scope scope, char expected) {
            if (expected == '.') {
                return false;
            }
            if (everyScope) {
                return true;
            }
            return scope == Scope.NONE
                    ? expected != '+' || row.does() == Does.READ
                    : scope == Scope.COUNTY || scope == Scope.UNKNOWN;
        }
    }

    /** One call of a line: as whom, in which scope, and the letter it expects. */
    record Call(Row row, Subject subject, Scope scope, char expected) {

        String where() {
            return "line " + row.line() + " " + row.operation() + " as " + subject.label() + ", " + scope.description;
        }
    }

    /** A reply: status, headers and body, whatever the status. */
    record Reply(int status, HttpHeaders headers, byte[] body) {

        String excerpt() {
            String text = new String(body, StandardCharsets.UTF_8);
            MediaType type = headers.getContentType();
            if (type == null
                    || !(type.isCompatibleWith(MediaType.APPLICATION_JSON)
                            || type.getType().equals("text"))) {
                return "(" + body.length + " bytes of " + type + ")";
            }
            return text.length() > 300 ? text.substring(0, 300) + "…" : text;
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    ObjectMapper json;

    @Autowired
    OrgService org;

    /** The callers' accounts, read once (null for anonymous). */
    final Map<Subject, UserAccount> accounts = new HashMap<>();

    MatrixFixtures fixtures;
    List<Row> matrix;
    List<Subject> subjects;

    @BeforeAll
    void world() throws IOException {
        matrix = AuthorizationMatrix.read();
        fixtures = new MatrixFixtures(context);
        String password = MatrixFixtures.PASSWORD;
        subjects = List.of(
                new Subject(fixtures.own.drafter(), password, Who.DRAFTER, true),
                new Subject(fixtures.own.lead(), password, Who.LEAD, true),
                new Subject(fixtures.own.advisor(), password, Who.ADVISOR, true),
                new Subject(fixtures.matrix.reviewer(), password, Who.REVIEWER, true),
                new Subject(fixtures.matrix.admin(), password, Who.ADMIN, true),
                new Subject("sysadmin", DEMO_PASSWORD, Who.SYSADMIN, true),
                new Subject("auditor", DEMO_PASSWORD, Who.AUDITOR, true),
                new Subject(null, null, Who.ANON, true),
                new Subject("drafter1", DEMO_PASSWORD, Who.DRAFTER, false),
                new Subject("lead1", DEMO_PASSWORD, Who.LEAD, false),
                new Subject("advisor", DEMO_PASSWORD, Who.ADVISOR, false),
                new Subject("county", DEMO_PASSWORD, Who.REVIEWER, false),
                new Subject("admin", DEMO_PASSWORD, Who.ADMIN, false),
                new Subject("shenqiu", DEMO_PASSWORD, Who.ADMIN, false));
    }

    @Test
    void theMatrixHasALineForEveryOperationOfTheApiAndNoOther() {
        JsonNode description = RestClient.create("http://localhost:" + port)
                .get()
                .uri("/v3/api-docs")
                .retrieve()
                .body(JsonNode.class);
        Set<String> operations = new TreeSet<>();
        description.get("paths").properties().forEach(path -> path.getValue()
                .fieldNames()
                .forEachRemaining(method -> operations.add(method.toUpperCase() + " " + path.getKey())));
        List<String> lines =
                matrix.stream().filter(Row::inApi).map(Row::operation).toList();

        assertThat(operations).as("the OpenAPI description's operations").hasSizeGreaterThan(40);
        assertThat(lines)
                .as("operations with more than one line in authorization-matrix.txt")
                .doesNotHaveDuplicates();
        assertThat(difference(operations, lines))
                .as("operations of the API without a line in authorization-matrix.txt: add one")
                .isEmpty();
        assertThat(difference(lines, operations))
                .as("lines of authorization-matrix.txt for operations the API does not have")
                .isEmpty();
    }

    @Test
    void everyOperationOfTheApiAnswersEveryRoleInEveryScopeAsTheMatrixSays() throws IOException {
        check(matrix.stream().filter(Row::inApi).toList());
    }

    /** The engine's REST API and the actuator are not in the OpenAPI description: the matrix's fixed part. */
    @Test
    void theEnginesRestApiAndTheActuatorAnswerAsTheMatrixSays() throws IOException {
        check(matrix.stream().filter(row -> !row.inApi()).toList());
    }

    private void check(List<Row> rows) throws IOException {
        List<String> failures = new ArrayList<>();
        // A generous read timeout: the engine's REST API starts on its first call, which took more than the default
        // client's 10 s on a loaded machine.
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory();
        factory.setReadTimeout(Duration.ofMinutes(2));
        RestClient client = RestClient.builder().requestFactory(factory).build();
        int calls = 0;
        for (Row row : rows) {
            for (Subject subject : subjects) {
                for (Scope scope : row.scopes()) {
                    char expected = row.expected(subject.who(), scope);
                    if (!subject.calledFor(row, scope, expected)) {
                        continue;
                    }
                    calls++;
                    check(client, new Call(row, subject, scope, expected), failures);
                }
            }
        }
        assertThat(calls).as("calls made").isGreaterThan(rows.size());
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + calls + " calls did not answer as authorization-matrix.txt says:\n"
                    + String.join("\n", failures));
        }
    }

    private void check(RestClient client, Call call, List<String> failures) throws IOException {
        Row row = call.row();
        Subject subject = call.subject();
        String where = call.where();
        boolean allowed = call.expected() == '+';
        Target target = allowed && row.does() == Does.CONSUME
                ? fixtures.fresh(row.target(), subject.who(), subject.username(), call.scope())
                : fixtures.target(row.target(), subject.who(), subject.username(), call.scope());
        if (target == null) {
            failures.add(where + ": the fixture has no " + row.target() + " here; mark it '.' in the matrix");
            return;
        }
        Map<String, Object> before = row.does() == Does.READ ? null : fixtures.state();
        Reply reply = call(client, subject, row, target);
        int status = row.status(call.expected());
        if (reply.status() != status) {
            failures.add(where + ": expected " + status + ", got " + reply.status() + " " + reply.excerpt());
        }
        if (before != null) {
            String changes = changes(before, fixtures.state());
            if (!allowed && !changes.isEmpty()) {
                failures.add(where + ": refused, yet the stored state changed: " + changes);
            }
            if (allowed && row.does() == Does.CONSUME && changes.isEmpty() && reply.status() == status) {
                failures.add(where + ": allowed, yet the stored state did not change");
            }
        }
        String text = ReplyText.of(reply.headers(), reply.body());
        Set<Long> readable = readable(subject);
        boolean log = allowed && row.shows() == Shows.LOG;
        leaks(text, ReplyText.reportIds(json, reply.headers(), reply.body()), readable, subject).stream()
                .filter(leak -> !log || leak.startsWith("「"))
                .forEach(leak -> failures.add(where + ": the reply names " + leak));
        if (allowed && reply.status() == status) {
            String shown = shown(row.shows(), target, readable);
            if (shown != null && !text.contains(shown)) {
                failures.add(where + ": the reply does not name " + shown + ", so the leak search cannot read it");
            }
        }
    }

    // --- the call --------------------------------------------------------------------------------------------------

    private Reply call(RestClient client, Subject subject, Row row, Target target) {
        String path = fill(row.path(), "{", target, row) + (row.query().isEmpty() ? "" : "?" + row.query());
        RestClient.RequestBodySpec request = client.method(HttpMethod.valueOf(row.method()))
                .uri(URI.create("http://localhost:" + port + path))
                .headers(h -> {
                    if (subject.username() != null) {
                        h.setBasicAuth(subject.username(), subject.password());
                    }
                    h.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN");
                });
        switch (row.body()) {
            case "-" -> {}
            case "file" -> request.contentType(MediaType.MULTIPART_FORM_DATA).body(upload());
            case "text" -> request.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body(NEUTRAL_TEXT.getBytes(StandardCharsets.UTF_8));
            default -> request.contentType(MediaType.APPLICATION_JSON).body(fill(row.body(), "${", target, row));
        }
        return request.exchange((req, res) -> new Reply(
                res.getStatusCode().value(), res.getHeaders(), res.getBody().readAllBytes()));
    }

    private static MultiValueMap<String, Object> upload() {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(NEUTRAL_TEXT.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "report.txt";
            }
        });
        return form;
    }

    /** The template with its {@code {name}} (or {@code ${name}}) replaced by the target's values. */
    private static String fill(String template, String open, Target target, Row row) {
        String filled = template;
        for (Map.Entry<String, String> var : target.vars().entrySet()) {
            filled = filled.replace(open + var.getKey() + "}", var.getValue());
        }
        if (filled.contains(open)) {
            throw new IllegalStateException(
                    "line " + row.line() + ": the target " + row.target() + " has no value for " + filled);
        }
        return filled;
    }

    // --- what a caller may see -------------------------------------------------------------------------------------

    /**
     * The townships whose reports the caller may see, as the design has it: a drafter's and a lead's own township, the
     * townships an advisor is assigned to, every township of a reviewer's or an administrator's county; nothing for
     * the installation's accounts and for anonymous callers.
     */
    private Set<Long> readable(Subject subject) {
        if (subject.username() == null) {
            return Set.of();
        }
        UserAccount user = account(subject);
        return fixtures.places().stream()
                .filter(t -> ((user.has(Role.DRAFTER) || user.has(Role.TOWNSHIP_LEAD))
                                && Objects.equals(user.townshipId(), t.id()))
                        || (user.has(Role.LEGAL_ADVISOR)
                                && user.advisedTownships().contains(t.id()))
                        || ((user.has(Role.COUNTY_REVIEWER) || user.has(Role.ADMIN))
                                && Objects.equals(user.countyId(), t.countyId())))
                .map(TownshipInfo::id)
                .collect(Collectors.toSet());
    }

    private UserAccount account(Subject subject) {
        return subject.username() == null
                ? null
                : accounts.computeIfAbsent(
                        subject, s -> org.findUser(s.username()).orElseThrow());
    }

    /** What the reply names that the caller may not see. */
    private List<String> leaks(String text, Set<Long> reportIds, Set<Long> readable, Subject subject) {
        List<TownshipInfo> places = fixtures.places();
        Set<String> allowedNames = new HashSet<>();
        Set<Long> readableCounties = new HashSet<>();
        for (TownshipInfo t : places) {
            if (readable.contains(t.id())) {
                allowedNames.add(t.name());
                readableCounties.add(t.countyId());
            }
        }
        UserAccount user = subject.username() == null
                ? null
                : org.findUser(subject.username()).orElseThrow();
        List<String> leaks = new ArrayList<>();
        for (TownshipInfo t : places) {
            if (readable.contains(t.id())) {
                continue;
            }
            if (!allowedNames.contains(t.name()) && text.contains(t.name())) {
                leaks.add(t.name() + ", a township the caller may not see");
            }
            boolean ownCounty = readableCounties.contains(t.countyId())
                    || (user != null && Objects.equals(user.countyId(), t.countyId()));
            if (!ownCounty && text.contains(t.countyName())) {
                leaks.add(t.countyName() + ", a county the caller is not in");
            }
            String secret = fixtures.secret(t.id());
            if (secret != null && text.contains(secret)) {
                leaks.add("「" + secret + "」 from the reports of " + t.name());
            }
        }
        fixtures.reportTownships().forEach((report, township) -> {
            if (!readable.contains(township) && reportIds.contains(report)) {
                leaks.add("report " + report + " of a township the caller may not see");
            }
        });
        return leaks.stream().distinct().toList();
    }

    /** What an allowed reply must name, or null. */
    private String shown(Shows shows, Target target, Set<Long> readable) {
        return switch (shows) {
            case NOTHING, LOG -> null;
            case TOWN -> target.town();
            case COUNTY -> target.county();
            case OWN -> fixtures.places().stream()
                    .filter(t -> readable.contains(t.id()))
                    .map(TownshipInfo::name)
                    .findFirst()
                    .orElse(null);
        };
    }

    /** What differs between two states, e.g. {@code comments 11 → 12}; empty when nothing does. */
    private static String changes(Map<String, Object> before, Map<String, Object> after) {
        return before.keySet().stream()
                .filter(key -> !Objects.equals(before.get(key), after.get(key)))
                .map(key -> key.toLowerCase(Locale.ROOT) + " " + before.get(key) + " → " + after.get(key))
                .collect(Collectors.joining(", "));
    }

    private static Set<String> difference(Collection<String> a, Collection<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }
}
