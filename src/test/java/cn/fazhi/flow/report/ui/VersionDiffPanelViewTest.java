package cn.fazhi.flow.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractViewTest;
import cn.fazhi.flow.report.Closing;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportPart;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The comparison panel: its summary, the changed paragraph marked, unchanged runs and parts collapsed. */
class VersionDiffPanelViewTest extends AbstractViewTest {

    private static final List<String> EIGHT = IntStream.rangeClosed(1, 8)
            .mapToObj(i -> "第" + i + "项工作按计划推进，取得预期成效，群众满意度明显提升。")
            .toList();

    @Test
    void oneChangedParagraphIsMarkedWithOneParagraphOfContextOnEachSide() {
        List<String> changed = new java.util.ArrayList<>(EIGHT);
        changed.set(4, EIGHT.get(4).replace("取得预期成效", "取得显著成效"));
        VersionDiffPanel panel = new VersionDiffPanel(text(EIGHT), 1, text(changed), (part, paragraph) -> null);
        UI.getCurrent().add(panel);

        assertThat(_get(panel, Paragraph.class, spec -> spec.withId("diff-summary"))
                        .getText())
                .isEqualTo("与第 1 版相比：修改 1 段，新增 0 段，删除 0 段。");
        Div row = _get(panel, Div.class, spec -> spec.withClasses("diff-changed"));
        assertThat(_get(row, Span.class, spec -> spec.withClasses("paragraph-no"))
                        .getText())
                .isEqualTo("1.5");
        assertThat(_get(row, Span.class, spec -> spec.withClasses("diff-inserted"))
                        .getText())
                .isEqualTo("显著");
        assertThat(_get(row, Span.class, spec -> spec.withClasses("diff-deleted"))
                        .getText())
                .isEqualTo("预期");
        assertThat(_find(panel, Details.class, spec -> spec.withClasses("diff-unchanged-run")))
                .extracting(Details::getSummaryText)
                .containsExactly("3 段未修改", "2 段未修改");
        assertThat(_find(panel, Details.class, spec -> spec.withClasses("diff-unchanged-part")))
                .extracting(Details::getSummaryText)
                .containsExactly("本部分无修改（共 1 段）");
    }

    @Test
    void theSameTextHasNoChanges() {
        VersionDiffPanel panel = new VersionDiffPanel(text(EIGHT), 3, text(EIGHT), (part, paragraph) -> null);
        UI.getCurrent().add(panel);

        assertThat(_get(panel, Paragraph.class, spec -> spec.withId("diff-summary"))
                        .getText())
                .isEqualTo("与第 3 版相比，正文没有修改。");
        assertThat(_find(panel, Div.class, spec -> spec.withClasses("diff-changed")))
                .isEmpty();
    }

    private static ReportContent text(List<String> measures) {
        return new ReportContent(
                "关于2024年度法治政府建设情况的报告",
                "现将有关情况报告如下：",
                List.of(
                        new ReportPart(PartKind.MEASURES, "一、主要举措和成效", String.join("\n", measures)),
                        new ReportPart(PartKind.SHORTCOMINGS, "二、存在的不足", "基层执法力量仍较薄弱。")),
                new Closing("某某镇人民政府", "2025年1月10日"));
    }
}
