package cn.fazhi.flow.document;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.check.WebResidueLines;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportContent;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An upload copied from a web page: the lines of the page's residue (the pre-check's stray-text patterns) are marked
 * where they stand and left out of the draft; the text as uploaded keeps them for the pre-check of an upload.
 */
class WebResidueImportTest {

    private final DocumentService service = new DocumentService(null, null, null, null, null, new WebResidueLines());

    @Test
    void thePanlongSamplesHeaderLinesAreResidueOfTheOpening() {
        String sample = SampleDocx.sample("panlong-2023.txt");

        ParsedDocument parsed = service.parse(
                "panlong.docx", new ByteArrayInputStream(SampleDocx.of(SampleDocx.lines(sample), Set.of())));

        assertThat(parsed.residue())
                .containsExactly(
                        new ParsedDocument.Residue(null, "2023年11月5日 星期天"),
                        new ParsedDocument.Residue(null, "发布时间:2024-03-14 14:05:00     来源:盘龙彝族乡人民政府 阅读次数:1864"));
        assertThat(parsed.notices()).contains(new ParsedDocument.Notice("document.notice.residue", 2));
        assertThat(parsed.title()).isEqualTo("盘龙彝族乡2023年法治政府建设工作报告");
        assertThat(parsed.toContent().opening()).contains("阅读次数:1864");
        assertThat(parsed.toDraft().opening()).startsWith("2023年来,盘龙乡").doesNotContain("阅读次数", "星期天", "发布时间");
        assertThat(parsed.toDraft().parts()).isEqualTo(parsed.toContent().parts());
    }

    @Test
    void aPagesFooterInTheLastPartIsLeftOutAndProseThatNamesASourceIsKept() {
        String text = String.join(
                "\n",
                "某镇2023年法治政府建设情况报告",
                "发布日期：2024-01-10  浏览次数：532",
                "字号：【大】【中】【小】",
                "2023年，我镇坚持依法行政。",
                "一、主要举措和成效",
                "全年组织学法12次，资金来源：镇财政预算。",
                "二、存在的不足和原因",
                "普法形式较为单一。",
                "三、党政主要负责人履行推进法治建设第一责任人职责情况",
                "镇党委书记主持专题会议4次。",
                "四、下一年度工作安排",
                "继续加强普法宣传。",
                "分享到：",
                "打印本页 关闭窗口");

        ParsedDocument parsed =
                service.parse("page.txt", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));

        assertThat(parsed.residue())
                .containsExactly(
                        new ParsedDocument.Residue(null, "发布日期：2024-01-10  浏览次数：532"),
                        new ParsedDocument.Residue(null, "字号：【大】【中】【小】"),
                        new ParsedDocument.Residue(PartKind.NEXT_YEAR, "分享到："),
                        new ParsedDocument.Residue(PartKind.NEXT_YEAR, "打印本页 关闭窗口"));
        ReportContent draft = parsed.toDraft();
        assertThat(draft.opening()).isEqualTo("2023年，我镇坚持依法行政。");
        assertThat(draft.part(PartKind.NEXT_YEAR).orElseThrow().body()).isEqualTo("继续加强普法宣传。");
        assertThat(draft.part(PartKind.MEASURES).orElseThrow().body()).isEqualTo("全年组织学法12次，资金来源：镇财政预算。");
    }
}
