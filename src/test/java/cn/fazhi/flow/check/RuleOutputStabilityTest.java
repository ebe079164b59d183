package cn.fazhi.flow.check;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.report.Paragraphs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What the whole rule set finds in the five samples and the clean report, field by field, against
 * {@code check/expected-findings.txt} (captured before the rules were made faster): speeding a rule up must not change
 * what it finds. When a rule's findings change on purpose, the actual findings are written to a temporary file (its
 * path is in the failure message) to replace the expected ones after review.
 */
class RuleOutputStabilityTest {

    private static final String EXPECTED = "/check/expected-findings.txt";

    @Test
    void findingsOfTheSamplesAndTheCleanReportAreUnchanged() throws IOException {
        String actual = findings();
        String expected = SampleInputs.resource(EXPECTED);
        if (!expected.equals(actual)) {
            Path out = Files.createTempFile("actual-findings", ".txt");
            Files.writeString(out, actual, StandardCharsets.UTF_8);
            assertThat(actual).as("findings differ; actual written to %s", out).isEqualTo(expected);
        }
        assertThat(actual.lines().count()).isGreaterThan(20);
    }

    @Test
    void checkInputCutsParagraphsAsParagraphsDoes() {
        List<String> texts = new ArrayList<>(List.of(
                "",
                " \n\t",
                "一\r\n二\n\n三\r四\u2028五\u2029六\u0085七\u000B八\u000C九",
                "  首行 \n\u3000\u3000缩进段落。 \r\n\r\n 末段\n",
                "\n\n中间\n\n"));
        for (String name : SampleInputs.SAMPLES) {
            texts.add(SampleInputs.resource("/demo/samples/" + name + ".txt"));
        }
        texts.add(SampleInputs.cleanText());
        for (String text : texts) {
            assertThat(Paragraphs.of(text))
                    .as(text)
                    .isEqualTo(java.util.Arrays.stream(text.split("\\R"))
                            .map(String::strip)
                            .filter(line -> !line.isEmpty())
                            .toList());
        }
    }

    @Test
    void everyRuleIsCovered() {
        assertThat(RuleFactory.rules()).extracting(CheckRule::id).hasSizeGreaterThanOrEqualTo(15);
    }

    /** Every finding of every sample and of the clean report, one per line, in the order the service gives them. */
    static String findings() {
        CheckService service = new CheckService(RuleFactory.rules(), null, null, null, null, null, null, null);
        StringBuilder out = new StringBuilder();
        for (String name : SampleInputs.SAMPLES) {
            CheckInput input = SampleInputs.sample(name);
            append(out, name, service.check(input.content(), SampleInputs.YEARS.get(name)));
        }
        append(out, "clean-report", service.check(SampleInputs.clean().content(), 2024));
        return out.toString();
    }

    private static void append(StringBuilder out, String sample, List<Finding> findings) {
        for (Finding f : findings) {
            out.append(sample)
                    .append('\t')
                    .append(f.rule())
                    .append('\t')
                    .append(f.severity())
                    .append('\t')
                    .append(f.part())
                    .append('\t')
                    .append(f.paragraph())
                    .append('\t')
                    .append(f.line())
                    .append('\t')
                    .append(escape(f.excerpt()))
                    .append('\t')
                    .append(f.messageKey())
                    .append('\t')
                    .append(arguments(f.args()))
                    .append('\t')
                    .append(f.suggestionKey())
                    .append('\t')
                    .append(arguments(f.suggestionArgs()))
                    .append('\n');
        }
    }

    /** The arguments with their types, so that 3 and "3" differ. */
    private static String arguments(List<Object> args) {
        return args.stream()
                .map(a -> a == null ? "null" : a.getClass().getSimpleName() + ":" + escape(String.valueOf(a)))
                .collect(Collectors.joining(" | ", "[", "]"));
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
