package cn.fazhi.flow.check;

import static cn.fazhi.flow.check.SampleInputs.clean;
import static cn.fazhi.flow.check.SampleInputs.sample;
import static cn.fazhi.flow.check.SampleInputs.untranslated;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.report.ReportContent;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MissingTitleRuleTest {

    private final MissingTitleRule rule = new MissingTitleRule();

    @ParameterizedTest
    @ValueSource(strings = {"taiyao-2022", "yufa-2020", "chengqu-rushan-2022"})
    void samplesThatStartWithTheirTextHaveNoTitle(String name) {
        CheckInput input = sample(name);
        assertThat(input.content().title()).isEmpty();
        List<Finding> findings = rule.check(input);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("missing-title");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.part()).isNull();
            assertThat(f.line()).isNull();
            assertThat(f.messageKey()).isEqualTo("check.missing-title.none");
            assertThat(f.suggestionKey()).isEqualTo("check.missing-title.add");
        });
        assertThat(untranslated(findings)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hongshan-2023", "panlong-2023"})
    void samplesWithATitleGiveNothing(String name) {
        assertThat(rule.check(sample(name))).isEmpty();
    }

    @Test
    void theCleanReportGivesNothing() {
        assertThat(rule.check(clean())).isEmpty();
    }

    @Test
    void aBlankTitleIsMissing() {
        ReportContent blank = new ReportContent(" \u3000\t", "全年学法6次。", List.of(), null);
        assertThat(rule.check(CheckInput.of(blank, 2024)))
                .extracting(Finding::rule)
                .containsExactly("missing-title");
    }
}
