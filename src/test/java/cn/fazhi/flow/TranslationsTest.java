package cn.fazhi.flow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.audit.AuditAction;
import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.org.Role;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportStatus;
import cn.fazhi.flow.workflow.ReportReviewProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Both bundles (Chinese {@code messages.properties}, English {@code messages_en.properties}) hold the same keys, none
 * empty, and every key the code uses: literal keys found in {@code src/main/java}, and every key built from an enum or
 * a diagram element.
 */
class TranslationsTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /** A translation key used as a literal: the call (or annotation) before it and the key. */
    private static final Pattern[] LITERAL_KEYS = {
        // getTranslation("key", …) and getTranslation("key")
        Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"\\s*[,)]"),
        // FlowException.forbidden("key", …)
        Pattern.compile("FlowException\\s*\\.\\s*[a-zA-Z]+\\(\\s*\"([^\"]+)\"\\s*[,)]"),
        // new FlowException(Kind.X, "key", …)
        Pattern.compile("new\\s+FlowException\\(\\s*[\\w.]+\\s*,\\s*\"([^\"]+)\"\\s*[,)]"),
        // a finding's message key: new Finding(…, "check.…", …)
        Pattern.compile("\"(check\\.[A-Za-z0-9_.-]+)\""),
        // @Menu(title = "key", …)
        Pattern.compile("@Menu\\(\\s*(?:[a-z]+\\s*=\\s*[^,)]+,\\s*)*title\\s*=\\s*\"([^\"]+)\"")
    };

    private static Map<String, String> chinese;
    private static Map<String, String> english;

    @BeforeAll
    static void load() throws IOException {
        chinese = bundle("i18n/messages.properties");
        english = bundle("i18n/messages_en.properties");
    }

    @Test
    void bothBundlesHoldTheSameKeys() {
        assertThat(missing(english.keySet(), chinese.keySet()))
                .as("keys in messages.properties missing from messages_en.properties")
                .isEmpty();
        assertThat(missing(chinese.keySet(), english.keySet()))
                .as("keys in messages_en.properties missing from messages.properties")
                .isEmpty();
    }

    @Test
    void noTranslationIsEmpty() {
        assertThat(emptyKeys(chinese)).as("empty values in messages.properties").isEmpty();
        assertThat(emptyKeys(english))
                .as("empty values in messages_en.properties")
                .isEmpty();
    }

    @Test
    void everyLiteralKeyInTheCodeIsTranslated() throws IOException {
        Map<String, Set<String>> used = literalKeys();
        assertThat(used).as("literal keys found in %s", SOURCES).isNotEmpty();
        assertThat(missingWithPlaces(used, chinese))
                .as("keys used in the code but missing from messages.properties (key → files)")
                .isEmpty();
        assertThat(missingWithPlaces(used, english))
                .as("keys used in the code but missing from messages_en.properties (key → files)")
                .isEmpty();
    }

    @Test
    void everyReportStatusIsTranslated() {
        assertFamily("status.", names(ReportStatus.values()));
    }

    @Test
    void everyRoleIsTranslated() {
        assertFamily("role.", names(Role.values()));
    }

    @Test
    void everyPartKindIsTranslated() {
        assertFamily("part.", names(PartKind.values()));
    }

    @Test
    void everyAuditActionIsTranslated() {
        assertFamily("audit.action.", names(AuditAction.values()));
    }

    @Test
    void everyStepOfTheReviewProcessIsTranslated() throws IOException {
        Set<String> steps = new TreeSet<>();
        try (InputStream in = resource(ReportReviewProcess.RESOURCE)) {
            BpmnModelInstance model = Bpmn.readModelFromStream(in);
            Stream.concat(
                            model.getModelElementsByType(UserTask.class).stream(),
                            Stream.concat(
                                    model.getModelElementsByType(EndEvent.class).stream(),
                                    model.getModelElementsByType(IntermediateThrowEvent.class).stream()))
                    .map(FlowNode::getId)
                    .forEach(steps::add);
        }
        assertThat(steps)
                .contains(
                        ReportReviewProcess.TASK_DRAFT,
                        ReportReviewProcess.EVENT_APPROVED,
                        ReportReviewProcess.END_PUBLISHED);
        assertFamily("step.", steps);
    }

    @Test
    void everyErrorPageStatusHasATitle() {
        Set<String> statuses = new TreeSet<>(Set.of("404", "500"));
        for (FlowException.Kind kind : FlowException.Kind.values()) {
            statuses.add(String.valueOf(kind.status()));
        }
        assertFamily("error.view.title.", statuses);
    }

    @Test
    void theCheckFindsAMissingKey() {
        // The checks above must be able to fail: a made-up key is reported, with where it is used.
        Map<String, Set<String>> used = Map.of("no.such.key", Set.of("Example.java"));
        assertThat(missingWithPlaces(used, chinese)).containsKey("no.such.key");
        Matcher m = LITERAL_KEYS[0].matcher("x = getTranslation(\"a.b\", 1); y = getTranslation(\"c.\" + z);");
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo("a.b");
        assertThat(m.find()).isFalse();
        Matcher menu = LITERAL_KEYS[4].matcher("@Menu(order = 1, title = \"menu.tasks\")");
        assertThat(menu.find()).isTrue();
        assertThat(menu.group(1)).isEqualTo("menu.tasks");
    }

    private static void assertFamily(String prefix, Set<String> values) {
        Set<String> keys = new TreeSet<>();
        values.forEach(v -> keys.add(prefix + v));
        assertThat(missing(keys, chinese.keySet()))
                .as("keys %s… missing from messages.properties", prefix)
                .isEmpty();
        assertThat(missing(keys, english.keySet()))
                .as("keys %s… missing from messages_en.properties", prefix)
                .isEmpty();
    }

    private static Set<String> names(Enum<?>[] values) {
        Set<String> names = new TreeSet<>();
        Arrays.stream(values).map(Enum::name).forEach(names::add);
        return names;
    }

    private static Set<String> missing(Set<String> wanted, Set<String> present) {
        Set<String> missing = new TreeSet<>(wanted);
        missing.removeAll(present);
        return missing;
    }

    private static Set<String> emptyKeys(Map<String, String> bundle) {
        Set<String> empty = new TreeSet<>();
        bundle.forEach((k, v) -> {
            if (v.isBlank()) {
                empty.add(k);
            }
        });
        return empty;
    }

    private static Map<String, Set<String>> missingWithPlaces(
            Map<String, Set<String>> used, Map<String, String> bundle) {
        Map<String, Set<String>> missing = new TreeMap<>();
        used.forEach((key, places) -> {
            if (!bundle.containsKey(key)) {
                missing.put(key, places);
            }
        });
        return missing;
    }

    /** Every literal key in the main sources, with the files that use it. */
    private static Map<String, Set<String>> literalKeys() throws IOException {
        Map<String, Set<String>> keys = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file, StandardCharsets.UTF_8);
                for (Pattern pattern : LITERAL_KEYS) {
                    Matcher m = pattern.matcher(code);
                    while (m.find()) {
                        keys.computeIfAbsent(m.group(1), k -> new TreeSet<>())
                                .add(file.getFileName().toString());
                    }
                }
            }
        }
        return keys;
    }

    private static Map<String, String> bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(resource(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> map = new TreeMap<>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }

    private static InputStream resource(String name) {
        InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as("resource %s", name).isNotNull();
        return in;
    }
}
