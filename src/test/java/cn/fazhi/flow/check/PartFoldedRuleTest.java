package cn.fazhi.flow.check;

import static cn.fazhi.flow.check.SampleInputs.clean;
import static cn.fazhi.flow.check.SampleInputs.sample;
import static cn.fazhi.flow.check.SampleInputs.text;
import static cn.fazhi.flow.check.SampleInputs.untranslated;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.report.PartKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartFoldedRuleTest {

    private final PartFoldedRule rule = new PartFoldedRule();

    @Test
    void panlongsFirstResponsiblePersonDutiesStandInPartOneParagraphOne() {
        List<Finding> findings = rule.check(sample("panlong-2023"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("part-folded");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.part()).isEqualTo(PartKind.MEASURES);
            assertThat(f.paragraph()).isEqualTo(1);
            assertThat(f.excerpt()).isEqualTo("一是切实履行推进法治建设第一责任人职责");
            assertThat(f.messageKey()).isEqualTo("check.part-folded.found");
            assertThat(f.args()).containsExactly("#part.LEADERSHIP", "#part.MEASURES", 1);
            assertThat(f.suggestionArgs()).containsExactly("#part.LEADERSHIP");
        });
        assertThat(untranslated(findings)).isEmpty();
    }

    @Test
    void taiyaoHasNoLeadershipContentAnywhere() {
        assertThat(rule.check(sample("taiyao-2022"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yufa-2020", "chengqu-rushan-2022", "hongshan-2023"})
    void samplesWithAllMandatoryPartsGiveNothing(String name) {
        // chengqu and hongshan mention 第一责任人 in other parts too, but have a LEADERSHIP part
        assertThat(rule.check(sample(name))).isEmpty();
    }

    @Test
    void theCleanReportGivesNothing() {
        assertThat(rule.check(clean())).isEmpty();
    }

    @Test
    void aSubHeadingInsideAnotherPartIsPointedAt() {
        String text = "一、主要举措和成效\n（一）加强学习。全年组织学法6次。\n（二）党政主要负责人履行推进法治建设第一责任人职责情况\n"
                + "书记、镇长带头学法。\n二、存在的不足和原因\n（一）力量薄弱。人员不足。\n三、下一年度主要安排\n（一）加强培训。每季度一次。\n";
        assertThat(rule.check(text(text, 2024))).singleElement().satisfies(f -> {
            assertThat(f.part()).isEqualTo(PartKind.MEASURES);
            assertThat(f.paragraph()).isEqualTo(2);
            assertThat(f.excerpt()).isEqualTo("党政主要负责人履行推进法治建设第一责任人职责情况");
        });
    }

    @Test
    void nextYearsPlansMergedIntoTheShortcomingsHeadingArePointedAt() {
        String text = "一、主要举措和成效\n（一）加强学习。全年组织学法6次。\n二、存在的问题和下一步打算\n（一）力量薄弱。人员不足。\n"
                + "三、党政主要负责人履行推进法治建设第一责任人职责情况\n书记、镇长带头学法。\n";
        List<Finding> findings = rule.check(text(text, 2024));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.part()).isEqualTo(PartKind.SHORTCOMINGS);
            assertThat(f.paragraph()).isNull();
            assertThat(f.messageKey()).isEqualTo("check.part-folded.inHeading");
            assertThat(f.args()).containsExactly("#part.NEXT_YEAR", "#part.SHORTCOMINGS");
        });
        assertThat(untranslated(findings)).isEmpty();
    }

    @Test
    void aMissingPartWithoutContentElsewhereIsNotFolded() {
        String text = "一、主要举措和成效\n（一）加强学习。全年组织学法6次。\n二、存在的不足和原因\n（一）力量薄弱。人员不足。\n"
                + "三、下一年度主要安排\n（一）压实责任。继续压实党政主要负责人履行推进法治建设第一责任人职责。\n";
        assertThat(rule.check(text(text, 2024))).isEmpty();
    }
}
