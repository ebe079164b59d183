package cn.fazhi.flow.check;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.report.PartKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class HalfwidthPunctuationRuleTest {

    private final HalfwidthPunctuationRule rule = new HalfwidthPunctuationRule();

    @Test
    void taiyaoIsWrittenWithHalfWidthPunctuationOneFindingPerParagraph() {
        CheckInput input = SampleInputs.sample("taiyao-2022");
        List<Finding> findings = rule.check(input);
        // Every block but the headings (一、2022年… 二、… 三、2023年改进措施) uses , ( ) or :.
        long blocks = input.blocks().stream()
                .filter(b -> b.zone() != CheckInput.Zone.HEADING)
                .count();
        assertThat(findings).hasSize((int) blocks);
        assertThat(findings).extracting(Finding::line).doesNotHaveDuplicates();
        Finding opening = findings.get(0);
        assertThat(opening.rule()).isEqualTo(HalfwidthPunctuationRule.ID);
        assertThat(opening.severity()).isEqualTo(Severity.WARNING);
        assertThat(opening.part()).isNull();
        assertThat(opening.paragraph()).isEqualTo(1);
        assertThat(opening.excerpt()).isEqualTo("2022年以来,太要镇人民政府始");
        // 8 commas and the colon of 报告如下:; the first positions are 1-based.
        assertThat(opening.args()).containsExactly(9, ", :", "8, 40, 54");
        assertThat(opening.suggestionArgs()).containsExactly(", → ，  : → ：");
        Finding first = findings.get(1);
        assertThat(first.part()).isEqualTo(PartKind.MEASURES);
        assertThat(first.paragraph()).isEqualTo(1);
        assertThat(first.args().get(1)).isEqualTo("( ) ,");
        assertThat(SampleInputs.untranslated(findings)).isEmpty();
    }

    @Test
    void taiyaoDatesAndNumbersAreNotFlagged() {
        // “4.15”全民国家安全教育日 and “3.15”: decimal-like numbers in quotes.
        String text = SampleInputs.sample("taiyao-2022").blocks().get(9).text();
        assertThat(text).contains("“4.15”");
        int[] flagged = HalfwidthPunctuationRule.flagged(text);
        for (int offset : flagged) {
            assertThat(text.charAt(offset)).isNotEqualTo('.');
        }
    }

    @Test
    void hongshanHasOneHalfWidthBracket() {
        // Written in full-width throughout, except (七）.
        assertThat(rule.check(SampleInputs.sample("hongshan-2023")))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.part()).isEqualTo(PartKind.MEASURES);
                    assertThat(f.paragraph()).isEqualTo(7);
                    assertThat(f.excerpt()).startsWith("(七）");
                    assertThat(f.args()).containsExactly(1, "(", "1");
                });
    }

    @Test
    void panlongsWebHeaderLineIsLeftToTheStrayTextRule() {
        CheckInput input = SampleInputs.sample("panlong-2023");
        List<Finding> findings = rule.check(input);
        assertThat(findings).extracting(Finding::excerpt).noneMatch(e -> e.contains("发布时间"));
        assertThat(findings).extracting(Finding::line).doesNotContain(3);
        assertThat(findings).isNotEmpty();
    }

    @Test
    void everyMarkBetweenChineseCharactersIsFlagged() {
        assertThat(offsets("你好,世界;再见:是吗?好的!他说\"对\"。")).hasSize(7);
        assertThat(offsets("设立(试行)制度")).hasSize(2);
        assertThat(offsets("开展(2023年版)清理")).hasSize(2);
        assertThat(offsets("推广(APP)使用")).hasSize(2);
        assertThat(offsets("工作结束.")).hasSize(1);
        assertThat(offsets("共2875件,办结")).hasSize(1);
    }

    @Test
    void numbersUrlsEnglishAndListMarkersAreNotFlagged() {
        assertThat(offsets("增长3.5个百分点")).isEmpty();
        assertThat(offsets("上午10:30召开会议")).isEmpty();
        assertThat(offsets("投入1,000万元")).isEmpty();
        assertThat(offsets("详见网站http://www.gov.cn/zhengce/index.html?a=1,2查询")).isEmpty();
        assertThat(offsets("引用了英文 (see p. 3, line 4) 的原文")).isEmpty();
        assertThat(offsets("1.强化理论学习")).isEmpty();
        assertThat(offsets("“4.15”国家安全日")).isEmpty();
    }

    @Test
    void aParagraphWithManyMarksGivesOneFindingWithTheFirstThreePositions() {
        CheckInput input = SampleInputs.text("一、主要举措和成效\n加强学习,提高认识,压实责任,完善机制,强化监督。", 2024);
        assertThat(rule.check(input)).singleElement().satisfies(f -> {
            assertThat(f.args()).containsExactly(4, ",", "5, 10, 15");
            assertThat(f.excerpt()).isEqualTo("加强学习,提高认识,压实责");
        });
    }

    @Test
    void theCleanReportHasNone() {
        assertThat(rule.check(SampleInputs.clean())).isEmpty();
    }

    private static int[] offsets(String text) {
        return HalfwidthPunctuationRule.flagged(text);
    }
}
