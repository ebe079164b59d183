package cn.fazhi.flow.check;

import static cn.fazhi.flow.check.SampleInputs.clean;
import static cn.fazhi.flow.check.SampleInputs.cleanText;
import static cn.fazhi.flow.check.SampleInputs.sample;
import static cn.fazhi.flow.check.SampleInputs.text;
import static cn.fazhi.flow.check.SampleInputs.untranslated;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.report.PartKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MissingPartRuleTest {

    private final MissingPartRule rule = new MissingPartRule();

    @Test
    void taiyaoHasNoLeadershipPartAndNoFirstResponsiblePersonAnywhere() {
        List<Finding> findings = rule.check(sample("taiyao-2022"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("missing-part");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.part()).isEqualTo(PartKind.LEADERSHIP);
            assertThat(f.messageKey()).isEqualTo("check.missing-part.missing");
            assertThat(f.args()).containsExactly("#part.LEADERSHIP");
            assertThat(f.suggestionKey()).isEqualTo("check.missing-part.add");
        });
        assertThat(untranslated(findings)).isEmpty();
    }

    @Test
    void panlongsLeadershipContentIsFoldedIntoPartOneSoItIsNotMissing() {
        assertThat(sample("panlong-2023").content().part(PartKind.LEADERSHIP)).isEmpty();
        assertThat(rule.check(sample("panlong-2023"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yufa-2020", "chengqu-rushan-2022", "hongshan-2023"})
    void samplesWithAllMandatoryPartsGiveNothing(String name) {
        assertThat(rule.check(sample(name))).isEmpty();
    }

    @Test
    void theCleanReportGivesNothing() {
        assertThat(rule.check(clean())).isEmpty();
    }

    @Test
    void aRemovedPartIsMissing() {
        String text = cleanText()
                .replace("二、2024年推进法治政府建设存在的不足和原因\n", "")
                .replace("（一）基层法治力量相对薄弱。司法所仅有工作人员2名，难以满足日常工作需要。\n", "")
                .replace("（二）部分干部法治意识有待增强。个别干部在处理具体问题时习惯于依靠行政手段，运用法律手段的主动性不够。\n", "");
        assertThat(rule.check(text(text, 2024)))
                .extracting(Finding::part, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PartKind.SHORTCOMINGS, Severity.ERROR));
    }

    @Test
    void aPartWithOnlyItsHeadingIsMissing() {
        String text = cleanText()
                .replace("本年度未发生行政复议纠错和行政诉讼败诉案件。\n", "")
                .replace("（一）深化法治思维培养。完善镇党委理论学习中心组学法制度，每季度安排一次专题学法。\n", "")
                .replace("（二）提升行政执法水平。加强执法队伍建设，推动执法规范化、标准化。\n", "");
        CheckInput input = text(text, 2024);
        assertThat(input.content().part(PartKind.NEXT_YEAR)).isPresent();
        assertThat(rule.check(input)).extracting(Finding::part).containsExactly(PartKind.NEXT_YEAR);
    }

    @Test
    void leadershipMentionedOnlyInNextYearsPlansIsStillMissing() {
        String text = "一、主要举措和成效\n（一）加强学习。全年组织学法6次。\n二、存在的不足和原因\n（一）力量薄弱。人员不足。\n"
                + "三、下一年度主要安排\n（一）压实责任。继续压实党政主要负责人履行推进法治建设第一责任人职责。\n";
        assertThat(rule.check(text(text, 2024))).extracting(Finding::part).containsExactly(PartKind.LEADERSHIP);
    }

    @Test
    void aSubHeadingWordedLikeTheMissingPartIsItsContent() {
        String text = "一、主要举措和成效\n（一）加强学习。全年组织学法6次。\n（二）党政主要负责人履行推进法治建设第一责任人职责情况\n"
                + "书记、镇长带头学法。\n二、存在的不足和原因\n（一）力量薄弱。人员不足。\n三、下一年度主要安排\n（一）加强培训。每季度一次。\n";
        assertThat(rule.check(text(text, 2024))).isEmpty();
    }
}
