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

class PartOrderRuleTest {

    private final PartOrderRule rule = new PartOrderRule();

    @Test
    void hongshanPutsTheLeadershipPartFirst() {
        List<Finding> findings = rule.check(sample("hongshan-2023"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("part-order");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.part()).isEqualTo(PartKind.LEADERSHIP);
            assertThat(f.excerpt()).isEqualTo("2、 单位负责人履行推进法治建设第一责任人职责情况；");
            assertThat(f.args()).containsExactly("#part.LEADERSHIP", 1);
            assertThat(f.suggestionKey()).isEqualTo("check.part-order.moveAfter");
            assertThat(f.suggestionArgs()).containsExactly("#part.LEADERSHIP", "#part.SHORTCOMINGS");
        });
        assertThat(untranslated(findings)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"taiyao-2022", "yufa-2020", "chengqu-rushan-2022", "panlong-2023"})
    void samplesInOrderGiveNothing(String name) {
        // taiyao and panlong lack LEADERSHIP: the parts present are still in order
        assertThat(rule.check(sample(name))).isEmpty();
    }

    @Test
    void theCleanReportGivesNothing() {
        assertThat(rule.check(clean())).isEmpty();
    }

    @Test
    void nextYearBeforeShortcomingsIsReportedOnce() {
        String text = "一、主要举措和成效\n全年组织学法6次。\n二、下一年度主要安排\n加强培训。\n三、存在的不足和原因\n人员不足。\n"
                + "四、党政主要负责人履行推进法治建设第一责任人职责情况\n书记带头学法。\n";
        List<Finding> findings = rule.check(text(text, 2024));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.part()).isEqualTo(PartKind.NEXT_YEAR);
            assertThat(f.line()).isEqualTo(3);
            assertThat(f.suggestionArgs()).containsExactly("#part.NEXT_YEAR", "#part.LEADERSHIP");
        });
    }

    @Test
    void aPartThatBelongsFirstIsToldToMoveFirst() {
        String text = "一、存在的不足和原因\n人员不足。\n二、党政主要负责人履行推进法治建设第一责任人职责情况\n书记带头学法。\n"
                + "三、下一年度主要安排\n加强培训。\n四、主要举措和成效\n全年组织学法6次。\n";
        assertThat(rule.check(text(text, 2024))).singleElement().satisfies(f -> {
            assertThat(f.part()).isEqualTo(PartKind.MEASURES);
            assertThat(f.args()).containsExactly("#part.MEASURES", 4);
            assertThat(f.suggestionKey()).isEqualTo("check.part-order.moveFirst");
        });
    }
}
