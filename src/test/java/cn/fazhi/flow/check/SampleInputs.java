package cn.fazhi.flow.check;

import cn.fazhi.flow.report.ReportTextParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Check inputs for rule tests: the five demo samples with their report years, the clean report, a text. */
final class SampleInputs {

    /** The samples and their report years. */
    static final Map<String, Integer> YEARS = Map.of(
            "taiyao-2022", 2022,
            "yufa-2020", 2020,
            "chengqu-rushan-2022", 2022,
            "hongshan-2023", 2023,
            "panlong-2023", 2023);

    static final List<String> SAMPLES =
            List.of("taiyao-2022", "yufa-2020", "chengqu-rushan-2022", "hongshan-2023", "panlong-2023");

    private SampleInputs() {}

    /** A demo sample, split as the demo splits it, with its report year. */
    static CheckInput sample(String name) {
        return text(resource("/demo/samples/" + name + ".txt"), YEARS.get(name));
    }

    /** The clean reference report (2024). */
    static CheckInput clean() {
        return text(resource("/check/clean-report.txt"), 2024);
    }

    static String cleanText() {
        return resource("/check/clean-report.txt");
    }

    static CheckInput text(String text, Integer year) {
        return CheckInput.of(new ReportTextParser().parse(text), year);
    }

    /**
     * The translation keys of the findings (messages, suggestions, "#key" arguments) missing from either bundle; the
     * literal-key scan of TranslationsTest does not see keys with a hyphen (check.missing-part.…).
     */
    static List<String> untranslated(List<Finding> findings) {
        Properties zh = bundle("/i18n/messages.properties");
        Properties en = bundle("/i18n/messages_en.properties");
        List<String> keys = new ArrayList<>();
        for (Finding f : findings) {
            keys.add(f.messageKey());
            if (f.suggestionKey() != null) {
                keys.add(f.suggestionKey());
            }
            for (List<Object> args : List.of(f.args(), f.suggestionArgs())) {
                for (Object a : args) {
                    if (a instanceof String s && s.startsWith("#")) {
                        keys.add(s.substring(1));
                    }
                }
            }
        }
        return keys.stream()
                .filter(k ->
                        zh.getProperty(k, "").isBlank() || en.getProperty(k, "").isBlank())
                .distinct()
                .toList();
    }

    private static Properties bundle(String path) {
        Properties p = new Properties();
        try (InputStream in = SampleInputs.class.getResourceAsStream(path)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static String resource(String path) {
        try (InputStream in = SampleInputs.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
