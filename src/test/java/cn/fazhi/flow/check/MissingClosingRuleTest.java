package cn.fazhi.flow.check;

import static cn.fazhi.flow.check.SampleInputs.clean;
import static cn.fazhi.flow.check.SampleInputs.sample;
import static cn.fazhi.flow.check.SampleInputs.text;
import static cn.fazhi.flow.check.SampleInputs.untranslated;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.check.CheckInput.Block;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MissingClosingRuleTest {

    private final MissingClosingRule rule = new MissingClosingRule();

    private static final String BODY = "一、主要举措和成效\n全年学法6次。\n";

    @ParameterizedTest
    @ValueSource(strings = {"taiyao-2022", "yufa-2020", "hongshan-2023", "panlong-2023"})
    void samplesWithoutAClosing(String name) {
        CheckInput input = sample(name);
        List<Block> blocks = input.blocks();
        List<Finding> findings = rule.check(input);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("missing-closing");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageKey()).isEqualTo("check.missing-closing.none");
            assertThat(f.part()).isNull();
            assertThat(f.line()).isEqualTo(blocks.get(blocks.size() - 1).line());
        });
        assertThat(untranslated(findings)).isEmpty();
    }

    @Test
    void chengquHasItsClosing() {
        CheckInput input = sample("chengqu-rushan-2022");
        assertThat(input.content().closing().office()).isEqualTo("乳山市城区街道办事处");
        assertThat(input.content().closing().date()).isEqualTo("2022年12月26日");
        assertThat(rule.check(input)).isEmpty();
    }

    @Test
    void theCleanReportGivesNothing() {
        assertThat(rule.check(clean())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "2022-12-26, 2022年12月26日",
        "2022.12.26, 2022年12月26日",
        "2022/1/5, 2022年1月5日",
        "2022年01月05日, 2022年1月5日",
        "二〇二二年十二月二十六日, 2022年12月26日",
        "２０２２年１２月２６日, 2022年12月26日"
    })
    void aDateInAnotherFormGetsTheRightOne(String written, String right) {
        List<Finding> findings = rule.check(text(BODY + "某某镇人民政府\n" + written + "\n", 2022));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.messageKey()).isEqualTo("check.missing-closing.badDate");
            assertThat(f.excerpt()).isEqualTo(written);
            assertThat(f.suggestionKey()).isEqualTo("check.missing-closing.useDate");
            assertThat(f.suggestionArgs()).containsExactly(right);
        });
        assertThat(untranslated(findings)).isEmpty();
    }

    @Test
    void aDateWithoutItsDayOrThatDoesNotExist() {
        assertThat(rule.check(text(BODY + "某某镇人民政府\n2022年12月\n", 2022)))
                .extracting(Finding::messageKey, Finding::suggestionArgs)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "check.missing-closing.incompleteDate", List.of("2022年12月")));
        assertThat(rule.check(text(BODY + "某某镇人民政府\n2022年2月30日\n", 2022)))
                .extracting(Finding::messageKey)
                .containsExactly("check.missing-closing.invalidDate");
    }

    @Test
    void anOfficeWithoutADateAndADateWithoutAnOffice() {
        List<Finding> noDate = rule.check(text(BODY + "某某镇人民政府\n", 2022));
        assertThat(noDate).extracting(Finding::messageKey).containsExactly("check.missing-closing.noDate");
        List<Finding> noOffice = rule.check(text(BODY + "2022年12月26日\n", 2022));
        assertThat(noOffice).extracting(Finding::messageKey).containsExactly("check.missing-closing.noOffice");
        assertThat(untranslated(noDate)).isEmpty();
        assertThat(untranslated(noOffice)).isEmpty();
    }

    @Test
    void anEmptyTextGivesNothing() {
        assertThat(rule.check(text("", 2022))).isEmpty();
    }
}
