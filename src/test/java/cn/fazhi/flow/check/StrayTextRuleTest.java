package cn.fazhi.flow.check;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.report.PartKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrayTextRuleTest {

    private final StrayTextRule rule = new StrayTextRule();

    @Test
    void panlongStartsWithAWebPageHeader() {
        List<Finding> findings = rule.check(SampleInputs.sample("panlong-2023"));
        assertThat(findings).hasSize(2).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo(StrayTextRule.ID);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.part()).isNull(); // the opening
        });
        assertThat(findings.get(0).excerpt()).isEqualTo("2023年11月5日 星期天");
        assertThat(findings.get(0).messageKey()).isEqualTo("check.stray-text.date");
        assertThat(findings.get(1).excerpt())
                .startsWith("发布时间:2024-03-14 14:05:00")
                .contains("阅读次数:1864");
        assertThat(findings.get(1).messageKey()).isEqualTo("check.stray-text.web");
        assertThat(findings).extracting(Finding::paragraph).containsExactly(1, 2);
        assertThat(SampleInputs.untranslated(findings)).isEmpty();
    }

    @Test
    void hongshanKeepsAWordBookmark() {
        List<Finding> findings = rule.check(SampleInputs.sample("hongshan-2023"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.part()).isEqualTo(PartKind.LEADERSHIP);
            assertThat(f.paragraph()).isEqualTo(1);
            assertThat(f.excerpt()).isEqualTo("[bookmark: _GoBack]");
            assertThat(f.messageKey()).isEqualTo("check.stray-text.marker");
            assertThat(f.args()).containsExactly("[bookmark: _GoBack]");
        });
        assertThat(SampleInputs.untranslated(findings)).isEmpty();
    }

    @Test
    void theOtherSamplesHaveNoStrayText() {
        for (String sample : List.of("taiyao-2022", "yufa-2020", "chengqu-rushan-2022")) {
            assertThat(rule.check(SampleInputs.sample(sample))).as(sample).isEmpty();
        }
    }

    @Test
    void webResidueMarkersAndMaskedDigitsAreFound() {
        assertThat(keys("索引号：11530000/2023-00012")).containsExactly("check.stray-text.web");
        assertThat(keys("浏览量：356")).containsExactly("check.stray-text.web");
        assertThat(keys("字号：大 中 小")).containsExactly("check.stray-text.web");
        assertThat(keys("【打印本页】 【关闭窗口】")).containsExactly("check.stray-text.web");
        assertThat(keys("2024-03-14 星期四")).containsExactly("check.stray-text.date");
        assertThat(keys("全年办理案件12件。[image: image1.png]")).containsExactly("check.stray-text.marker");
        assertThat(keys("于****年**月启动。")).containsExactly("check.stray-text.masked");
        assertThat(keys("于20**年启动。")).containsExactly("check.stray-text.masked");
    }

    @Test
    void everyKindOfFindingIsTranslated() {
        CheckInput input =
                SampleInputs.text("一、主要举措和成效\n来源：某某网 浏览次数：12\n2024年3月14日 星期四\n[bookmark: _GoBack]于****年启动。", 2024);
        List<Finding> findings = rule.check(input);
        assertThat(findings)
                .extracting(Finding::messageKey)
                .containsExactlyInAnyOrder(
                        "check.stray-text.web",
                        "check.stray-text.date",
                        "check.stray-text.marker",
                        "check.stray-text.masked");
        assertThat(SampleInputs.untranslated(findings)).isEmpty();
    }

    @Test
    void proseMentioningTheSameWordsIsNotStray() {
        assertThat(keys("资金来源：县级财政。")).isEmpty();
        assertThat(keys("严格执行信息发布审核制度，及时公开发布时间节点。")).isEmpty();
        assertThat(keys("全年开展周例会48次，每周一召开。")).isEmpty();
        assertThat(keys("2023年11月5日，召开专题会议。")).isEmpty();
        assertThat(keys("实行“一次办”，阅读材料3份。")).isEmpty();
    }

    @Test
    void residueLinesAreRecognisedForTheOtherRules() {
        assertThat(StrayTextRule.isResidueLine("发布时间:2024-03-14 14:05:00     来源:某某镇人民政府"))
                .isTrue();
        assertThat(StrayTextRule.isResidueLine("2023年11月5日 星期天")).isTrue();
        assertThat(StrayTextRule.isResidueLine("[bookmark: _GoBack]（一）加强组织领导。")).isFalse();
        assertThat(StrayTextRule.isResidueLine("加强组织领导。")).isFalse();
    }

    @Test
    void theCleanReportHasNone() {
        assertThat(rule.check(SampleInputs.clean())).isEmpty();
    }

    private List<String> keys(String paragraph) {
        return rule.check(SampleInputs.text("一、主要举措和成效\n" + paragraph, 2024)).stream()
                .map(Finding::messageKey)
                .toList();
    }
}
