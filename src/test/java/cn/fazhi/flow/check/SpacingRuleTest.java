package cn.fazhi.flow.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpacingRuleTest {

    private final SpacingRule rule = new SpacingRule();

    @Test
    void theSamplesHaveNoStraySpaces() {
        // hongshan's "1、 2023年以来" and "（1） 深入学习" (blank after a list marker) are the numbering rule's;
        // taiyao's slogan “乡村振兴 法治先行” and panlong's joint issuers 《中共盘龙彝族乡委员会 盘龙彝族乡人民政府…》
        // are customary; panlong's web header line is the stray-text rule's.
        for (String sample : SampleInputs.SAMPLES) {
            assertThat(rule.check(SampleInputs.sample(sample))).as(sample).isEmpty();
        }
    }

    @Test
    void aSpaceBetweenANumberAndAChineseCharacterIsStray() {
        List<Finding> findings = rule.check(SampleInputs.text("一、主要举措和成效\n2025 年共开展培训 12 次。", 2024));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(SpacingRule.ID);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.paragraph()).isEqualTo(1);
            assertThat(f.excerpt()).isEqualTo("2025 年共开展培训");
            assertThat(f.args()).containsExactly(3);
        });
        assertThat(SampleInputs.untranslated(findings)).isEmpty();
    }

    @Test
    void spacesInsideQuotesAndBesidePunctuationAreStray() {
        assertThat(count("落实“ 一岗双责 ”要求。")).isEqualTo(2);
        assertThat(count("加强学习 ，提高认识。")).isEqualTo(1);
        assertThat(count("加强学习，　提高认识。")).isEqualTo(1);
        assertThat(count("《 民法典 》宣传。")).isEqualTo(2);
    }

    @Test
    void ideographicSpacesAndRunsOfBlanksBetweenChineseCharactersAreStray() {
        assertThat(count("加强　管理。")).isEqualTo(1);
        assertThat(count("加强    管理。")).isEqualTo(1);
    }

    @Test
    void customarySpacesAreNotFlagged() {
        assertThat(count("开展“乡村振兴 法治先行”活动。")).isZero();
        assertThat(count("印发《中共某某镇委员会　某某镇人民政府关于印发方案的通知》。")).isZero();
        assertThat(count("推广“一部手机办事通” APP 的使用。")).isZero();
        assertThat(count("1、 加强学习。")).isZero();
        assertThat(count("（1） 加强学习。")).isZero();
    }

    @Test
    void leadingIndentsAreNotFlagged() {
        CheckInput input = SampleInputs.text("一、主要举措和成效\n\u3000\u3000加强学习，提高认识。\n\u00a0加强管理。", 2024);
        assertThat(rule.check(input)).isEmpty();
    }

    @Test
    void theCleanReportHasNone() {
        assertThat(rule.check(SampleInputs.clean())).isEmpty();
    }

    private int count(String paragraph) {
        List<Finding> findings = rule.check(SampleInputs.text("一、主要举措和成效\n" + paragraph, 2024));
        return findings.isEmpty() ? 0 : (Integer) findings.get(0).args().get(0);
    }
}
