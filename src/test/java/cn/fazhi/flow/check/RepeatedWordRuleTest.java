package cn.fazhi.flow.check;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.report.PartKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedWordRuleTest {

    private final RepeatedWordRule rule = new RepeatedWordRule();

    @Test
    void yufaWritesResponsibilityTwice() {
        List<Finding> findings = rule.check(SampleInputs.sample("yufa-2020"));
        // 压实党政主要领导法治政府建设第一责任责任 (for 第一责任人职责)
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RepeatedWordRule.ID);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.part()).isEqualTo(PartKind.MEASURES);
            assertThat(f.paragraph()).isEqualTo(5);
            assertThat(f.excerpt()).isEqualTo("建设第一责任责任,形成“");
            assertThat(f.args()).containsExactly("责任");
        });
        assertThat(SampleInputs.untranslated(findings)).isEmpty();
    }

    @Test
    void theOtherSamplesHaveNoRepeatedWord() {
        for (String sample : List.of("taiyao-2022", "chengqu-rushan-2022", "hongshan-2023", "panlong-2023")) {
            assertThat(rule.check(SampleInputs.sample(sample))).as(sample).isEmpty();
        }
    }

    @Test
    void wordsOfTwoToFourCharactersWrittenTwiceAreFound() {
        assertThat(words("加强加强组织领导。")).containsExactly("加强");
        assertThat(words("推进法治建设法治建设工作。")).containsExactly("法治建设");
        assertThat(words("依法行政依法行政，执法为民。")).containsExactly("依法行政");
    }

    @Test
    void aDoubledWordIsFoundWhereverItStandsInAParagraph() {
        for (String word : List.of("加强", "法治化", "依法行政")) {
            for (int before = 0; before <= 5; before++) {
                for (int after = 0; after <= 3; after++) {
                    String paragraph = "开展工作".substring(0, Math.min(4, before))
                            + "。".repeat(Math.max(0, before - 4))
                            + word
                            + word
                            + "。各项任务".substring(0, after);
                    assertThat(words(paragraph)).as(paragraph).containsExactly(word);
                }
            }
        }
    }

    @Test
    void legitimateReduplicationsAreNotFlagged() {
        assertThat(words("大家研究研究，再讨论讨论，一步一步推进。")).isEmpty();
        assertThat(words("常常学习，天天向上，人人参与，层层落实。")).isEmpty();
        assertThat(words("认认真真学习，方方面面落实，家家户户知晓。")).isEmpty();
        assertThat(words("十一十一，哈哈哈哈。")).isEmpty();
        assertThat(words("同部署、同推进、同督促。")).isEmpty();
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
