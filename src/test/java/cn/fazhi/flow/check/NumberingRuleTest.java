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
import org.junit.jupiter.params.provider.ValueSource;

class NumberingRuleTest {

    private final NumberingRule rule = new NumberingRule();

    private List<Finding> check(String text) {
        List<Finding> findings = rule.check(text(text, 2024));
        assertThat(untranslated(findings)).isEmpty();
        return findings;
    }

    // ---- the samples ----------------------------------------------------------------------------

    @Test
    void taiyaoHasAStrayCommaAfterItsBrackets() {
        List<Finding> findings = rule.check(sample("taiyao-2022"));
        assertThat(findings)
                .extracting(Finding::rule, Finding::part, Finding::paragraph, Finding::messageKey, Finding::args)
                .containsExactly(
                        tuple("numbering", PartKind.MEASURES, 11, "check.numbering.strayMark", List.of("(三)、", "、")),
                        tuple("numbering", PartKind.MEASURES, 13, "check.numbering.strayMark", List.of("(四)、", "、")));
        assertThat(findings.get(0).excerpt()).startsWith("(三)、强化法治宣传");
        assertThat(untranslated(findings)).isEmpty();
    }

    @Test
    void yufaRepeatsItsThirdItemAndJumpsFromItsFourthHeadingStraightTo1() {
        List<Finding> findings = rule.check(sample("yufa-2020"));
        assertThat(findings)
                .extracting(Finding::part, Finding::paragraph, Finding::messageKey, Finding::excerpt)
                .containsExactly(
                        tuple(PartKind.MEASURES, 22, "check.numbering.repeated", "(三)坚持多措并举,依法化解矛盾纠纷"),
                        tuple(PartKind.NEXT_YEAR, 1, "check.numbering.levelSkipped", "1.坚持理论和法律制度,不断提升领导"));
        assertThat(findings.get(0).suggestionArgs()).containsExactly("（四）");
        assertThat(findings.get(1).suggestionArgs()).containsExactly("（一）");
    }

    @Test
    void hongshanRepeatsAndMixesItsTopAndSecondLevels() {
        List<Finding> findings = rule.check(sample("hongshan-2023"));
        assertThat(findings)
                .filteredOn(f -> !f.messageKey().equals("check.numbering.space"))
                .extracting(Finding::part, Finding::line, Finding::messageKey, Finding::args)
                .containsExactlyInAnyOrder(
                        // 1、 2、 2、 三、 at the top level: the opening's 1、 and the headings
                        tuple(PartKind.MEASURES, 8, "check.numbering.repeated", List.of("2、", "2、", "3、")),
                        tuple(null, 4, "check.numbering.mixed", List.of("1、2、2、", "一、")),
                        // （1）（2）（三）…(七）（8）（九）（十） at the second
                        tuple(PartKind.MEASURES, 9, "check.numbering.mixed", List.of("（1）（2）", "（一）")),
                        tuple(PartKind.MEASURES, 16, "check.numbering.mixed", List.of("（8）", "（一）")));
        assertThat(findings)
                .filteredOn(f -> f.messageKey().equals("check.numbering.space"))
                .extracting(Finding::line)
                .containsExactly(4, 5, 8, 9, 10, 16);
        assertThat(findings)
                .filteredOn(f -> f.line() == 9 && f.messageKey().equals("check.numbering.mixed"))
                .singleElement()
                .satisfies(f -> assertThat(f.suggestionArgs()).containsExactly("（一）（二）"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"chengqu-rushan-2022", "panlong-2023"})
    void wellNumberedSamplesGiveNothing(String name) {
        // panlong: （五） → 1. 2. → (1) (2) → 3. 4. → （六）; chengqu: 一是…二是… then 首先…其次…
        assertThat(rule.check(sample(name))).isEmpty();
    }

    @Test
    void theCleanReportGivesNothing() {
        assertThat(rule.check(clean())).isEmpty();
    }

    // ---- synthetic -------------------------------------------------------------------------------

    private static String report(String measuresBody) {
        return "一、主要举措和成效\n" + measuresBody + "\n二、存在的不足和原因\n人员不足。\n";
    }

    @Test
    void aRepeatedArabicNumberAtOneLevel() {
        List<Finding> findings = check(report("（一）加强学习\n1、学法。\n2、用法。\n2、守法。\n3、普法。"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.messageKey()).isEqualTo("check.numbering.repeated");
            assertThat(f.paragraph()).isEqualTo(4);
            assertThat(f.suggestionArgs()).containsExactly("3、");
        });
    }

    @Test
    void aSkippedNumberAndABackwardOne() {
        assertThat(check(report("（一）学法。\n（三）用法。\n（二）守法。")))
                .extracting(Finding::paragraph, Finding::messageKey)
                .containsExactly(tuple(2, "check.numbering.skipped"), tuple(3, "check.numbering.backward"));
    }

    @Test
    void aSequenceThatDoesNotStartAtOne() {
        assertThat(check(report("（二）学法。\n（三）用法。")))
                .extracting(Finding::paragraph, Finding::messageKey)
                .containsExactly(tuple(1, "check.numbering.start"));
    }

    @Test
    void mixedStylesAtOneLevel() {
        assertThat(check(report("（1）学法。\n（2）用法。\n（三）守法。\n（四）普法。\n（五）执法。")))
                .extracting(Finding::paragraph, Finding::messageKey, Finding::args)
                .containsExactly(tuple(1, "check.numbering.mixed", List.of("（1）（2）", "（一）")));
        assertThat(check(report("（一）学法\n1.学法。\n2、用法。\n3、守法。")))
                .extracting(Finding::paragraph, Finding::messageKey, Finding::args)
                .containsExactly(tuple(2, "check.numbering.mixed", List.of("1.", "1、")));
    }

    @Test
    void malformedMarkers() {
        assertThat(check(report("一）学法。\n（二）、用法。\n（三）守法\n1. 普法。")))
                .extracting(Finding::paragraph, Finding::messageKey)
                .containsExactly(
                        tuple(1, "check.numbering.missingBracket"),
                        tuple(2, "check.numbering.strayMark"),
                        tuple(4, "check.numbering.space"));
    }

    @Test
    void aLevelSkippedFromTheHeadingStraightTo1AndFromASubHeadingStraightTo1InBrackets() {
        assertThat(check(report("1.学法。\n2.用法。")))
                .extracting(Finding::paragraph, Finding::messageKey, Finding::suggestionArgs)
                .containsExactly(tuple(1, "check.numbering.levelSkipped", List.of("（一）")));
        assertThat(check(report("（一）学法\n（1）学宪法。\n（2）学民法典。\n（二）用法。")))
                .extracting(Finding::paragraph, Finding::messageKey, Finding::suggestionArgs)
                .containsExactly(tuple(2, "check.numbering.levelSkipped", List.of("1.")));
    }

    @Test
    void numberingRestartsUnderEachParentAndEachPart() {
        String text = "一、主要举措和成效\n（一）学法\n1.学宪法。\n2.学民法典。\n（1）分章学习。\n（2）集中测试。\n3.学行政法。\n"
                + "（二）用法\n1.依法决策。\n2.依法执法。\n二、存在的不足和原因\n（一）人员不足。\n（二）培训不够。\n";
        assertThat(check(text)).isEmpty();
    }

    @Test
    void inlineEnumerationsWithinAParagraphAndContinuedByTheNext() {
        assertThat(check(report("（一）学法。一是学宪法；二是学民法典；三是学行政法。\n一是集中学。\n二是分散学。"))).isEmpty();
        assertThat(check(report("（一）学法。一是学宪法；三是学民法典。")))
                .extracting(Finding::messageKey, Finding::args)
                .containsExactly(tuple("check.numbering.inlineSkipped", List.of("三是", "一是", "二是")));
        assertThat(check(report("（一）学法。一是学宪法；二是学民法典；二是学行政法。")))
                .extracting(Finding::messageKey)
                .containsExactly("check.numbering.inlineRepeated");
        // 统一是 / 唯一是 are words, not an enumeration
        assertThat(check(report("（一）学法。思想统一是前提，二者缺一不可。"))).isEmpty();
    }

    @Test
    void notMarkers() {
        // a date, a one-stop centre and a conversion marker in front of a good （一）
        assertThat(check(report("4.15国家安全教育日开展宣传。\n（一站式）调解中心投入使用。\n[bookmark: _GoBack]（一）学法。\n（二）用法。")))
                .isEmpty();
    }

    @Test
    void halfWidthBracketsCountAsFullWidth() {
        // the half-width brackets are the halfwidth-punctuation rule's; numbering sees a good sequence
        assertThat(check(report("(一)学法。\n（二）用法。\n(三）守法。"))).isEmpty();
    }
}
