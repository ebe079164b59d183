package cn.fazhi.flow.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractViewTest;
import cn.fazhi.flow.report.Closing;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportPart;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The drafter's own text kept beside a freshly loaded copy: only what differs from it, and nothing typed is lost. */
class KeptTextViewTest extends AbstractViewTest {

    private static final ReportContent STORED = new ReportContent(
            "示范镇2026年法治政府建设情况报告",
            "导语。",
            List.of(new ReportPart(PartKind.MEASURES, "一、主要举措", "他人修改的正文。")),
            new Closing("示范镇人民政府", "2027年1月5日"));

    @Test
    void keepsOnlyTheTextsThatDifferFromTheStoredCopy() {
        Map<String, String> mine = new LinkedHashMap<>();
        mine.put("标题", STORED.title());
        mine.put("导语", "");
        mine.put("主要举措和成效 · 正文", "我自己的正文。");

        KeptText kept = KeptText.of(mine, STORED).orElseThrow();

        assertThat(kept.getId()).contains("editor-kept");
        assertThat(kept.isOpened()).isTrue();
        assertThat(_find(kept, TextArea.class)).singleElement().satisfies(area -> {
            assertThat(area.getLabel()).isEqualTo("主要举措和成效 · 正文");
            assertThat(area.getValue()).isEqualTo("我自己的正文。");
            assertThat(area.isReadOnly()).isTrue();
        });
    }

    @Test
    void nothingIsKeptWhenTheTextsAreTheStoredOnesOrThereAreNone() {
        assertThat(KeptText.of(Map.of(), STORED)).isEmpty();
        assertThat(KeptText.of(
                        Map.of("标题", STORED.title(), "落款单位", STORED.closing().office()), STORED))
                .isEmpty();
    }
}
