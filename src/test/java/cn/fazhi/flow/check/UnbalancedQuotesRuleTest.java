package cn.fazhi.flow.check;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.report.PartKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnbalancedQuotesRuleTest {

    private final UnbalancedQuotesRule rule = new UnbalancedQuotesRule();

    @Test
    void panlongHasAStrayClosingQuoteAfterOnePublicity() {
        List<Finding> findings = rule.check(SampleInputs.sample("panlong-2023"));
        // 建立完善电子证照管理制度,双随机、一公开”、依法决策 (the opening “ before 双随机 is missing)
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(UnbalancedQuotesRule.ID);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.part()).isEqualTo(PartKind.MEASURES);
            assertThat(f.paragraph()).isEqualTo(13);
            assertThat(f.line()).isEqualTo(18);
            assertThat(f.excerpt()).isEqualTo(",双随机、一公开”、依法决策、政务");
            assertThat(f.messageKey()).isEqualTo("check.unbalanced-quotes.unopened");
            assertThat(f.args()).containsExactly("”", "“", 380);
        });
        assertThat(SampleInputs.untranslated(findings)).isEmpty();
    }

    @Test
    void theOtherSamplesAreBalanced() {
        // hongshan's (七） mixes widths but is a pair (the half-width rule reports the "(").
        for (String sample : List.of("taiyao-2022", "yufa-2020", "chengqu-rushan-2022", "hongshan-2023")) {
            assertThat(rule.check(SampleInputs.sample(sample))).as(sample).isEmpty();
        }
    }

    @Test
    void unclosedMarksAreFound() {
        assertThat(marks("落实“一岗双责要求。")).containsExactly("“ check.unbalanced-quotes.unclosed");
        assertThat(marks("学习《民法典要求。")).containsExactly("《 check.unbalanced-quotes.unclosed");
        assertThat(marks("各村（社区设置。")).containsExactly("（ check.unbalanced-quotes.unclosed");
        assertThat(marks("各村(社区设置。")).containsExactly("( check.unbalanced-quotes.unclosed");
    }

    @Test
    void closingMarksWithoutOpeningAreFound() {
        assertThat(marks("落实一岗双责”要求。")).containsExactly("” check.unbalanced-quotes.unopened");
        assertThat(marks("学习民法典》。")).containsExactly("》 check.unbalanced-quotes.unopened");
        assertThat(marks("各村社区）设置。")).containsExactly("） check.unbalanced-quotes.unopened");
        assertThat(marks("各村社区)设置。")).containsExactly(") check.unbalanced-quotes.unopened");
    }

    @Test
    void balancedAndNestedMarksAreFine() {
        assertThat(marks("印发《关于“三项制度”的通知（试行）》(2023年版)和〔2023〕60号【打印】。")).isEmpty();
        assertThat(marks("（七）健全机制，(七）混用宽度。")).isEmpty();
    }

    @Test
    void theCleanReportHasNone() {
        assertThat(rule.check(SampleInputs.clean())).isEmpty();
    }

    private List<String> marks(String paragraph) {
        return rule.check(SampleInputs.text("一、主要举措和成效\n" + paragraph, 2024)).stream()
                .map(f -> f.args().get(0) + " " + f.messageKey())
                .toList();
    }
}
