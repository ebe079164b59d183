package cn.fazhi.flow.check;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.report.PartKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicatePassageRuleTest {

    private final DuplicatePassageRule rule = new DuplicatePassageRule();

    private static final String PASSAGE = "城区街道坚持把建设高素质干部队伍作为全面依法治国的重要任务来抓";

    @Test
    void chengquRepeatsPassagesOfPartOneInPartThree() {
        List<Finding> findings = rule.check(SampleInputs.sample("chengqu-rushan-2022"));
        List<Finding> passages = findings.stream()
                .filter(f -> f.messageKey().equals("check.duplicate-passage.found"))
                .toList();
        // One finding per repeated passage, each at the second occurrence (part 三) naming the first (part 一 ¶1).
        assertThat(passages).hasSize(6).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo(DuplicatePassageRule.ID);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.part()).isEqualTo(PartKind.LEADERSHIP);
            assertThat(f.args().subList(0, 2)).containsExactly("#part.MEASURES", 1);
            assertThat((Integer) f.args().get(2)).isGreaterThanOrEqualTo(DuplicatePassageRule.MIN);
        });
        assertThat(passages)
                .filteredOn(f -> f.excerpt().startsWith(PASSAGE))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.paragraph()).isEqualTo(1);
                    assertThat(f.line()).isEqualTo(12);
                    assertThat(f.args().get(2)).isEqualTo(87);
                });
        assertThat(passages)
                .extracting(Finding::excerpt)
                .anyMatch(e -> e.startsWith("2022年度,城区街道共计举行了11次乳山市"))
                .doesNotHaveDuplicates();
        assertThat(SampleInputs.untranslated(findings)).isEmpty();
    }

    @Test
    void chengquRepeatsAClauseInsideOneSentence() {
        List<Finding> clauses = rule.check(SampleInputs.sample("chengqu-rushan-2022")).stream()
                .filter(f -> f.messageKey().equals("check.duplicate-passage.clause"))
                .toList();
        // 加大党内法规宣讲解读力度 twice in one sentence, in part 一 ¶1 and again in the copy in part 三 ¶1.
        assertThat(clauses)
                .extracting(Finding::part, Finding::paragraph, Finding::excerpt)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PartKind.MEASURES, 1, "加大党内法规宣讲解读力度"),
                        org.assertj.core.groups.Tuple.tuple(PartKind.LEADERSHIP, 1, "加大党内法规宣讲解读力度"));
    }

    @Test
    void theOtherSamplesRepeatNothing() {
        // yufa quotes 运用法治思维和法治方式深化改革、推动发展、化解矛盾 and the 三项制度 twice: set phrases.
        // panlong cites 《…公众参与制度》《重大决策预公开制度》 twice: document titles.
        for (String sample : List.of("taiyao-2022", "yufa-2020", "hongshan-2023", "panlong-2023")) {
            assertThat(rule.check(SampleInputs.sample(sample))).as(sample).isEmpty();
        }
    }

    @Test
    void aPassageOfTheOpeningRepeatedInAPartIsFoundOnce() {
        String passage = "全镇组织执法人员参加业务培训四次并通过考核取得执法证件的人员达到三十二名";
        CheckInput input =
                SampleInputs.text("导语。" + passage + "。\n一、主要举措和成效\n（一）执法。" + passage.replace("并", "，并") + "。", 2024);
        assertThat(rule.check(input)).singleElement().satisfies(f -> {
            assertThat(f.part()).isEqualTo(PartKind.MEASURES);
            assertThat(f.paragraph()).isEqualTo(1);
            assertThat(f.excerpt()).isEqualTo(passage.replace("并", "，并"));
            assertThat(f.args()).containsExactly("#check.duplicate-passage.opening", 1, passage.length());
            assertThat(f.suggestionKey()).isEqualTo("check.duplicate-passage.fix");
            assertThat(SampleInputs.untranslated(List.of(f))).isEmpty();
        });
    }

    @Test
    void halfAndFullWidthPunctuationAndSpacesDoNotHideARepetition() {
        String a = "加强行政执法队伍建设，完善执法程序（试行），规范执法行为，提高执法水平";
        String b = "加强行政执法队伍建设,完善执法程序(试行), 规范执法行为,提高执法水平";
        CheckInput input = SampleInputs.text("一、主要举措和成效\n" + a + "。\n另起一段。\n" + b + "。", 2024);
        assertThat(rule.check(input)).singleElement().satisfies(f -> {
            assertThat(f.paragraph()).isEqualTo(3);
            assertThat(f.args()).containsExactly("#part.MEASURES", 1, 30);
        });
    }

    @Test
    void aPassageRepeatedWithinOneParagraphIsFound() {
        String passage = "深入开展矛盾纠纷排查化解工作确保小事不出村大事不出镇";
        CheckInput input = SampleInputs.text("一、主要举措和成效\n一是" + passage + "。二是加强宣传。三是" + passage + "。", 2024);
        assertThat(rule.check(input)).singleElement().satisfies(f -> {
            assertThat(f.paragraph()).isEqualTo(1);
            assertThat(f.args().subList(0, 2)).containsExactly("#part.MEASURES", 1);
        });
    }

    @Test
    void shortRepetitionsSetPhrasesAndTitlesAreNotDuplicates() {
        String nineteen = "组织开展法治宣传活动十八场次发放资料"; // 18 characters + 1 below
        String setPhrase = "坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想";
        String titles = "《中华人民共和国行政处罚法》《中华人民共和国行政许可法》";
        CheckInput input = SampleInputs.text(
                "一、主要举措和成效\n"
                        + setPhrase + "。" + nineteen + "了。学习" + titles + "。\n"
                        + "二、存在的不足和原因\n"
                        + setPhrase + "，" + nineteen + "了。宣讲" + titles + "。",
                2024);
        assertThat(rule.check(input)).isEmpty();
    }

    @Test
    void aRepeatedSetPhrasePlusTwentyOtherCharactersIsADuplicate() {
        String passage = "深入学习贯彻习近平法治思想，组织全体干部开展专题研讨交流学习心得体会并形成调研报告";
        CheckInput input = SampleInputs.text("一、主要举措和成效\n" + passage + "。\n二、存在的不足和原因\n" + passage + "。", 2024);
        assertThat(rule.check(input)).singleElement().satisfies(f -> {
            assertThat(f.part()).isEqualTo(PartKind.SHORTCOMINGS);
            assertThat(f.args().get(0)).isEqualTo("#part.MEASURES");
        });
    }

    @Test
    void aClauseRepeatedInTwoSentencesIsNotFlagged() {
        CheckInput input = SampleInputs.text("一、主要举措和成效\n加强组织领导，压实工作责任。加强组织领导，完善工作机制。", 2024);
        assertThat(rule.check(input)).isEmpty();
    }

    @Test
    void aShortRepeatedEnumerationItemIsNotAClause() {
        // Clauses under six characters (同部署、同推进) are enumerations, not pasted text.
        CheckInput input = SampleInputs.text("一、主要举措和成效\n做到同部署、同推进、同部署、同考核。", 2024);
        assertThat(rule.check(input)).isEmpty();
    }

    @Test
    void aPeriodicTextIsNotARepetitionOfItself() {
        // 30 characters: every 20-character window overlaps the other occurrences of its text.
        CheckInput input = SampleInputs.text("一、主要举措和成效\n" + "学法".repeat(15) + "。", 2024);
        assertThat(rule.check(input)).isEmpty();
    }

    @Test
    void theCleanReportHasNoDuplicates() {
        assertThat(rule.check(SampleInputs.clean())).isEmpty();
    }
}
