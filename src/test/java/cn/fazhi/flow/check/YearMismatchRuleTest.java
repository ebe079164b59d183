package cn.fazhi.flow.check;

import static cn.fazhi.flow.check.SampleInputs.clean;
import static cn.fazhi.flow.check.SampleInputs.cleanText;
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

class YearMismatchRuleTest {

    private final YearMismatchRule rule = new YearMismatchRule();

    static List<String> samples() {
        return SampleInputs.SAMPLES;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theSamplesNameTheirYearsRight(String name) {
        // taiyao: 一、2022年… 三、2023年改进措施; chengqu: 2022年 ×3, 四、2023年…; hongshan: 关于2023年度…的报告;
        // panlong: 盘龙彝族乡2023年…报告, 三、2024年工作计划; yufa: no year in its headings
        assertThat(rule.check(sample(name))).isEmpty();
    }

    @Test
    void theCleanReportGivesNothing() {
        assertThat(rule.check(clean())).isEmpty();
    }

    @Test
    void lastYearsYearLeftInTheTitleAndTheHeadings() {
        String text = cleanText()
                .replace("关于2024年度", "关于2023年度")
                .replace("二、2024年推进", "二、2023年推进")
                .replace("四、2025年推进", "四、2024年推进");
        List<Finding> findings = rule.check(text(text, 2024));
        assertThat(findings)
                .extracting(Finding::part, Finding::line, Finding::messageKey, Finding::args, Finding::suggestionArgs)
                .containsExactly(
                        tuple(
                                null,
                                1,
                                "check.year-mismatch.title",
                                List.of("2023年", "2024年"),
                                List.of("2023年", "2024年")),
                        tuple(
                                PartKind.SHORTCOMINGS,
                                14,
                                "check.year-mismatch.heading",
                                List.of("2023年", "2024年"),
                                List.of("2023年", "2024年")),
                        tuple(
                                PartKind.NEXT_YEAR,
                                19,
                                "check.year-mismatch.nextYear",
                                List.of("2024年", "2025年"),
                                List.of("2024年", "2025年")));
        assertThat(findings.get(0).excerpt()).isEqualTo("2023年");
        assertThat(untranslated(findings)).isEmpty();
    }

    @Test
    void aTitleYearInChineseNumerals() {
        String text = "某某镇二〇二三年度法治政府建设情况报告\n一、主要举措和成效\n全年学法6次。\n";
        assertThat(rule.check(text(text, 2024))).extracting(Finding::args).containsExactly(List.of("二〇二三年", "2024年"));
        assertThat(rule.check(text(text, 2023))).isEmpty();
    }

    @Test
    void withoutAKnownYearNothingIsChecked() {
        String text = cleanText().replace("关于2024年度", "关于2023年度");
        assertThat(rule.check(text(text, null))).isEmpty();
    }

    @Test
    void theYearsOfARangeAreNotTheReportYear() {
        String text = "一、贯彻《法治政府建设实施纲要（2021—2025年）》的主要举措和成效\n全年学法6次。\n";
        assertThat(rule.check(text(text, 2024))).isEmpty();
    }
}
