package cn.fazhi.flow.check;

import cn.fazhi.flow.report.Closing;
import cn.fazhi.flow.report.Paragraphs;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportPart;
import cn.fazhi.flow.report.ReportTextParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * The pre-check's speed: {@link CheckService#check(ReportContent, Integer)} with every rule there is, on a report of
 * 15,000 characters built from the five samples, on one thread; beside it two baselines measured in the same run —
 * cutting the text into blocks ({@link CheckInput#of}, which every check does once) and a plain scan of every
 * character — so the figure can be read as a ratio on any machine. Run with {@code ./mvnw -Pbench verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CheckBenchmark {

    /** The report's length in characters (title, opening, headings, paragraphs and closing). */
    static final int LENGTH = 15_000;

    static final String[] SAMPLES = {
        "hongshan-2023.txt", "panlong-2023.txt", "chengqu-rushan-2022.txt", "taiyao-2022.txt", "yufa-2020.txt"
    };

    ReportContent report;
    CheckService service;
    List<String> ruleIds;
    List<CheckInput.Block> blocks;

    @Setup(Level.Trial)
    public void setUp() {
        report = report(LENGTH);
        blocks = CheckInput.of(report, 2023).blocks();
        List<CheckRule> rules = RuleFactory.rules();
        ruleIds = rules.stream().map(CheckRule::id).toList();
        service = new CheckService(rules, null, null, null, null, null, null, null);
        int findings = service.check(report, 2023).size();
        System.out.printf(
                "%nReport of %d characters; %d rules (%s); %d findings%n",
                length(report), rules.size(), String.join(", ", ruleIds), findings);
    }

    @Benchmark
    public List<Finding> allRules() {
        return service.check(report, 2023);
    }

    @Benchmark
    public CheckInput baselineCheckInput() {
        return CheckInput.of(report, 2023);
    }

    @Benchmark
    public int baselineScan() {
        int han = 0;
        for (CheckInput.Block b : blocks) {
            String text = b.text();
            for (int i = 0; i < text.length(); i++) {
                if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
                    han++;
                }
            }
        }
        return han;
    }

    /**
     * A report of {@code length} characters: 洪山镇's title and opening, then each part filled with the paragraphs of
     * that part from the five samples in turn, until the text is long enough; the last paragraph is cut to size.
     */
    static ReportContent report(int length) {
        ReportTextParser parser = new ReportTextParser();
        List<ReportContent> samples = new ArrayList<>();
        for (String name : SAMPLES) {
            samples.add(parser.parse(read(name)));
        }
        ReportContent first = samples.get(0);
        Closing closing = new Closing("洪山镇人民政府", "2024年1月15日");
        Map<PartKind, String> headings = new EnumMap<>(PartKind.class);
        Map<PartKind, List<String>> bodies = new EnumMap<>(PartKind.class);
        for (PartKind kind : PartKind.values()) {
            bodies.put(kind, new ArrayList<>());
        }
        int total = first.title().length() + first.opening().length() + closing.office().length()
                + closing.date().length();
        boolean added = true;
        for (int round = 0; total < length && added; round++) {
            added = false;
            for (ReportContent sample : samples) {
                for (ReportPart part : sample.parts()) {
                    if (total >= length) {
                        break;
                    }
                    List<String> paragraphs = Paragraphs.of(part.body());
                    if (round < paragraphs.size()) {
                        if (headings.putIfAbsent(part.kind(), part.heading()) == null) {
                            total += part.heading().length();
                        }
                        String p = paragraphs.get(round);
                        if (total + p.length() > length) {
                            p = p.substring(0, length - total);
                        }
                        bodies.get(part.kind()).add(p);
                        total += p.length();
                        added = true;
                    }
                }
            }
        }
        List<ReportPart> parts = new ArrayList<>();
        for (PartKind kind : PartKind.values()) {
            if (!bodies.get(kind).isEmpty()) {
                parts.add(new ReportPart(kind, headings.get(kind), String.join("\n", bodies.get(kind))));
            }
        }
        return new ReportContent(first.title(), first.opening(), parts, closing);
    }

    static int length(ReportContent c) {
        int n = c.title().length() + c.closing().office().length() + c.closing().date().length();
        n += String.join("", Paragraphs.of(c.opening())).length();
        for (ReportPart p : c.parts()) {
            n += p.heading().length() + String.join("", Paragraphs.of(p.body())).length();
        }
        return n;
    }

    private static String read(String name) {
        try (InputStream in = CheckBenchmark.class.getResourceAsStream("/demo/samples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
