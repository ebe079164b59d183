package cn.fazhi.flow.check;

import static cn.fazhi.flow.check.SampleInputs.clean;
import static cn.fazhi.flow.check.SampleInputs.sample;
import static cn.fazhi.flow.check.SampleInputs.text;
import static cn.fazhi.flow.check.SampleInputs.untranslated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.fazhi.flow.report.PartKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CitationRuleTest {

    private final CitationRule rule = new CitationRule();

    static List<String> samples() {
        return SampleInputs.SAMPLES;
    }

    private static CheckInput measures(String sentence) {
        return text("一、主要举措和成效\n" + sentence + "\n", 2024);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theSamplesCiteNoKnownDocumentWrongly(String name) {
        // none of them cites a document of citations.txt (chengqu cites 《习近平法治思想学习纲要》, not listed)
        assertThat(rule.check(sample(name))).isEmpty();
    }

    @Test
    void theCleanReportGivesNothing() {
        assertThat(rule.check(clean())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "认真贯彻《法治政府建设实施纲要（2015—2020年）》。",
                "认真贯彻《法治政府建设实施纲要（2021—2025年）》。",
                "认真贯彻《法治政府建设实施纲要(2021-2025年)》。",
                "认真贯彻《法治政府建设实施纲要》（2021－2025年）。",
                "认真贯彻《法治政府建设实施纲要》，全面推进依法行政。",
                "落实《法治社会建设实施纲要（2020—2025年）》。"
            })
    void rightOrAbsentPeriodsGiveNothing(String sentence) {
        assertThat(rule.check(measures(sentence))).isEmpty();
    }

    @Test
    void aWrongPeriod() {
        List<Finding> findings = rule.check(measures("认真贯彻《法治政府建设实施纲要（2022—2025年）》。"));
        assertThat(findings)
                .extracting(Finding::rule, Finding::part, Finding::paragraph, Finding::excerpt, Finding::messageKey)
                .containsExactly(tuple(
                        "citation", PartKind.MEASURES, 1, "《法治政府建设实施纲要（2022—2025年）》", "check.citation.wrongPeriod"));
        assertThat(findings.get(0).args()).containsExactly("法治政府建设实施纲要", "2022—2025年", "2015—2020年、2021—2025年");
        assertThat(findings.get(0).suggestionArgs()).containsExactly("2022—2025年", "2021—2025年");
        assertThat(untranslated(findings)).isEmpty();
    }

    @Test
    void aMangledPeriod() {
        List<Finding> findings = rule.check(measures("认真贯彻《法治政府建设实施纲要（20212025年）》。"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.messageKey()).isEqualTo("check.citation.mangled");
            assertThat(f.suggestionArgs()).containsExactly("20212025年", "2021—2025年");
        });
        assertThat(untranslated(findings)).isEmpty();
    }

    @Test
    void eachCitationOfAParagraphIsChecked() {
        assertThat(rule.check(measures("贯彻《法治政府建设实施纲要（2015—2021年）》和《法治政府建设实施纲要（2021—2026年）》。")))
                .extracting(Finding::suggestionArgs)
                .containsExactly(List.of("2015—2021年", "2015—2020年"), List.of("2021—2026年", "2021—2025年"));
    }

    @Test
    void thePeriodMayFollowTheClosingMarkAndBlanks() {
        assertThat(rule.check(measures("贯彻《法治政府建设实施纲要》 （2022—2025年）。")))
                .extracting(Finding::excerpt)
                .containsExactly("《法治政府建设实施纲要》 （2022—2025年）");
        assertThat(rule.check(measures("贯彻法治政府建设实施纲要\u3000(2016—2020年)。")))
                .extracting(Finding::excerpt)
                .containsExactly("彻法治政府建设实施纲要\u3000(2016—2020年)");
        assertThat(rule.check(measures("贯彻《法治政府建设实施纲要 》（2022—2025年）。"))).isEmpty();
    }

    @Test
    void findingsFollowTheOrderOfTheDataFileThenOfTheText() {
        assertThat(rule.check(measures("落实《法治社会建设实施纲要（2021—2025年）》与《法治政府建设实施纲要（2022—2025年）》。")))
                .extracting(f -> f.args().get(0))
                .containsExactly("法治政府建设实施纲要", "法治社会建设实施纲要");
    }

    @Test
    void theKnownDocumentsAreADataFile() {
        CitationRule grown = new CitationRule(List.of("某某规划|2019—2023年"));
        assertThat(grown.check(measures("落实《某某规划（2019—2024年）》。"))).hasSize(1);
        assertThat(grown.check(measures("落实《法治政府建设实施纲要（2022—2025年）》。"))).isEmpty();
    }
}
