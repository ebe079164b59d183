package cn.fazhi.flow.check;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.report.PartKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class InYearWordingRuleTest {

    private final InYearWordingRule rule = new InYearWordingRule();

    @Test
    void taiyaoReportsFiguresAsOfNow() {
        List<Finding> findings = rule.check(SampleInputs.sample("taiyao-2022"));
        assertThat(findings).hasSize(2).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo(InYearWordingRule.ID);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.part()).isEqualTo(PartKind.MEASURES);
            assertThat(f.args()).containsExactly("截至目前", "2022");
            assertThat(f.suggestionArgs()).containsExactly("2022");
        });
        assertThat(findings).extracting(Finding::paragraph).containsExactly(1, 6);
        assertThat(findings.get(0).excerpt()).isEqualTo("统解读培训。截至目前,已举办太要");
        assertThat(SampleInputs.untranslated(findings)).isEmpty();
    }

    @Test
    void hongshanAndPanlongUseThisYearAndNow() {
        // hongshan: 今年是“八五”普法的攻坚年 (part 第一责任人 ¶2), 今年组织领导干部… (主要举措 ¶1)
        assertThat(rule.check(SampleInputs.sample("hongshan-2023")))
                .extracting(Finding::part, Finding::paragraph, f -> f.args().get(0))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PartKind.LEADERSHIP, 2, "今年"),
                        org.assertj.core.groups.Tuple.tuple(PartKind.MEASURES, 1, "今年"));
        // panlong: 目前未发现… and 目前全乡未发现… in 主要举措 ¶13
        assertThat(rule.check(SampleInputs.sample("panlong-2023")))
                .extracting(Finding::part, Finding::paragraph, f -> f.args().get(0))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PartKind.MEASURES, 13, "目前"),
                        org.assertj.core.groups.Tuple.tuple(PartKind.MEASURES, 13, "目前"));
    }

    @Test
    void presentTenseInShortcomingsAndNextYearPlansIsFine() {
        // chengqu: 一是目前中心常驻办公人员数量不足 (不足和原因) and 下一步 in its plans.
        assertThat(rule.check(SampleInputs.sample("chengqu-rushan-2022"))).isEmpty();
        assertThat(rule.check(SampleInputs.sample("yufa-2020"))).isEmpty();
        CheckInput input = SampleInputs.text("一、主要举措和成效\n全年开展培训。\n二、下一年度的工作安排\n今年将继续推进，目前已部署。", 2024);
        assertThat(rule.check(input)).isEmpty();
    }

    @Test
    void theLongestWordingWinsAndWordsInsideOtherWordsAreNotFlagged() {
        assertThat(words("今年以来开展培训，截至目前共5次，近期还将开展。")).containsExactly("今年以来", "截至目前", "近期");
        assertThat(words("推进项目前期工作，接近期末完成。")).isEmpty();
    }

    @Test
    void theOpeningIsCheckedToo() {
        // the opening has no part: a wording there was once looked up in the exemptions as null, and the check failed
        CheckInput input = SampleInputs.text("某某镇2024年法治政府建设情况报告\n截至目前，全镇法治政府建设取得新进展。\n一、主要举措和成效\n加强学习。", 2024);
        assertThat(rule.check(input))
                .extracting(Finding::part, Finding::paragraph, f -> f.args().get(0))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, 1, "截至目前"));
    }

    @Test
    void nothingWithoutAReportYear() {
        assertThat(rule.check(SampleInputs.text("一、主要举措和成效\n今年以来开展培训。", null))).isEmpty();
    }

    @Test
    void theCleanReportHasNone() {
        assertThat(rule.check(SampleInputs.clean())).isEmpty();
    }

    private List<Object> words(String paragraph) {
        return rule.check(SampleInputs.text("一、主要举措和成效\n" + paragraph, 2024)).stream()
                .map(f -> f.args().get(0))
                .toList();
    }
}
