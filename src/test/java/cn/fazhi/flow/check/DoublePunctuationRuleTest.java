package cn.fazhi.flow.check;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.report.PartKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class DoublePunctuationRuleTest {

    private final DoublePunctuationRule rule = new DoublePunctuationRule();

    @Test
    void yufaHasTwoCommasInARow() {
        List<Finding> findings = rule.check(SampleInputs.sample("yufa-2020"));
        // 推进综合执法体制改革,,加大关系人民群众利益的重点领域执法
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(DoublePunctuationRule.ID);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.part()).isEqualTo(PartKind.MEASURES);
            assertThat(f.paragraph()).isEqualTo(19);
            assertThat(f.excerpt()).isEqualTo("执法体制改革,,加大关系人民");
            assertThat(f.args()).containsExactly(",,");
        });
        assertThat(SampleInputs.untranslated(findings)).isEmpty();
    }

    @Test
    void theOtherSamplesHaveNone() {
        for (String sample : List.of("taiyao-2022", "chengqu-rushan-2022", "hongshan-2023", "panlong-2023")) {
            assertThat(rule.check(SampleInputs.sample(sample))).as(sample).isEmpty();
        }
    }

    @Test
    void doubledAndMixedMarksAreFound() {
        assertThat(runs("加强学习，，提高认识。。完善、、机制；；落实，。结束")).containsExactly("，，", "。。", "、、", "；；", "，。");
        assertThat(runs("加强学习， ，提高认识")).containsExactly("，，");
        assertThat(runs("真的吗？？太好了！！")).containsExactly("？？", "！！");
    }

    @Test
    void singleMarksWrittenWithTwoCharactersAreNotFlagged() {
        assertThat(runs("等等……还有——破折号，真的吗？！好！？")).isEmpty();
        assertThat(runs("上午10:30开会，“4.15”活动。")).isEmpty();
    }

    @Test
    void theCleanReportHasNone() {
        assertThat(rule.check(SampleInputs.clean())).isEmpty();
    }

    private List<Object> runs(String paragraph) {
        return rule.check(SampleInputs.text("一、主要举措和成效\n" + paragraph, 2024)).stream()
                .map(f -> f.args().get(0))
                .toList();
    }
}
