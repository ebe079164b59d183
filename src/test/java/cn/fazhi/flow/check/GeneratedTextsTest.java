package cn.fazhi.flow.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportTextParser;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The pre-check runs on whatever a drafter types: texts put together at random from the pieces reports are made of
 * (markers, headings, wordings, brackets, punctuation of both widths, web residue, citations) must be checked without
 * failing, each finding naming a known rule and a line of the text. Found an in-year wording in the opening failing the
 * check.
 */
class GeneratedTextsTest {

    private static final String[] PIECES = {
        "一、",
        "（一）",
        "(二)",
        "1.",
        "2、",
        "（1）",
        "①",
        "第一部分",
        "主要举措和成效",
        "存在的不足",
        "第一责任人",
        "下一年度",
        "工作安排",
        "截至目前",
        "今年以来",
        "目前",
        "《",
        "》",
        "“",
        "”",
        "（",
        "）",
        "(",
        ")",
        ",",
        "，",
        "。",
        "。。",
        "、",
        ";",
        ":",
        "!",
        "?",
        "\"",
        "'",
        " ",
        "\u3000",
        "\n",
        "\n\n",
        "2023年",
        "2024年",
        "20212025年",
        "法治政府建设实施纲要",
        "（2022—2025年）",
        "发布时间：",
        "来源：",
        "[bookmark: _GoBack]",
        "****年",
        "星期一",
        "一是",
        "二是",
        "是",
        "加强加强",
        "责任责任",
        "深入学习贯彻习近平法治思想",
        "某某镇人民政府",
        "2024年1月5日",
        "www.x.cn",
        "http://a.b/c",
        "ABC",
        "12.5",
        "x",
        "法",
        "治",
        "建设"
    };

    private final CheckService service =
            new CheckService(RuleFactory.rules(), null, null, null, null, null, null, null);

    @Test
    void generatedTextsAreCheckedWithoutFailing() {
        Random random = new Random(20261122);
        ReportTextParser parser = new ReportTextParser();
        int findings = 0;
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(60); i >= 0; i--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            ReportContent content = parser.parse(text.toString());
            Integer year = random.nextBoolean()
                    ? Integer.valueOf(2024)
                    : CheckService.yearOf(content).orElse(null);
            int lines = CheckInput.of(content, year).blocks().size();
            assertThatCode(() -> service.check(content, year))
                    .as(text.toString())
                    .doesNotThrowAnyException();
            List<Finding> found = service.check(content, year);
            assertThat(found).as(text.toString()).allSatisfy(f -> {
                assertThat(CheckService.STANDARD_SEVERITY).containsKey(f.rule());
                assertThat(f.line() == null || f.line() >= 1 && f.line() <= lines)
                        .isTrue();
            });
            findings += found.size();
        }
        assertThat(findings).as("findings in all").isGreaterThan(5_000);
    }
}
