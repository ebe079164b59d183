package cn.fazhi.flow.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.org.TownshipKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardWordingTest {

    @Test
    void theStandardTitleNamesTheTownshipsGovernmentOrTheSubdistrictOffice() {
        assertThat(StandardWording.title("太要镇", TownshipKind.TOWN, 2026)).isEqualTo("太要镇人民政府关于2026年度法治政府建设情况的报告");
        assertThat(StandardWording.title("盘龙彝族乡", TownshipKind.TOWNSHIP, 2023))
                .isEqualTo("盘龙彝族乡人民政府关于2023年度法治政府建设情况的报告");
        assertThat(StandardWording.title("城区街道", TownshipKind.SUBDISTRICT, 2022))
                .isEqualTo("城区街道办事处关于2022年度法治政府建设情况的报告");
    }

    @Test
    void anEmptyTitleAndEmptyHeadingsGetTheStandardWordingAndAnAbsentPartItsHeadingInItsPlace() {
        ReportContent written = new ReportContent(
                "",
                "导语。",
                List.of(
                        new ReportPart(PartKind.MEASURES, "一、主要做法", "做法。"),
                        new ReportPart(PartKind.SHORTCOMINGS, " ", "不足。"),
                        new ReportPart(PartKind.NEXT_YEAR, "", "安排。")),
                new Closing("太要镇人民政府", "2026年12月1日"));

        ReportContent printed = StandardWording.completed(written, "太要镇人民政府关于2026年度法治政府建设情况的报告");

        assertThat(printed.title()).isEqualTo("太要镇人民政府关于2026年度法治政府建设情况的报告");
        assertThat(printed.parts())
                .extracting(ReportPart::kind, ReportPart::heading, ReportPart::body)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PartKind.MEASURES, "一、主要做法", "做法。"),
                        org.assertj.core.groups.Tuple.tuple(PartKind.SHORTCOMINGS, "二、上一年度推进法治政府建设存在的不足和原因", "不足。"),
                        org.assertj.core.groups.Tuple.tuple(
                                PartKind.LEADERSHIP, PartKind.LEADERSHIP.standardHeading(), ""),
                        org.assertj.core.groups.Tuple.tuple(PartKind.NEXT_YEAR, "四、下一年度推进法治政府建设的主要安排", "安排。"),
                        org.assertj.core.groups.Tuple.tuple(PartKind.OTHER, "五、其他需要报告的情况", ""));
        assertThat(printed.opening()).isEqualTo("导语。");
        assertThat(printed.closing()).isEqualTo(written.closing());
    }

    @Test
    void aWrittenTitleStaysAndPartsWrittenOutOfOrderKeepTheirOrder() {
        ReportContent written = new ReportContent(
                "某镇2024年法治政府建设情况报告",
                "",
                List.of(
                        new ReportPart(PartKind.NEXT_YEAR, "一、明年安排", "安排。"),
                        new ReportPart(PartKind.MEASURES, "二、今年做法", "做法。")),
                null);

        ReportContent printed = StandardWording.completed(written, "标准标题");

        assertThat(printed.title()).isEqualTo("某镇2024年法治政府建设情况报告");
        assertThat(printed.parts())
                .extracting(ReportPart::kind)
                .containsExactly(
                        PartKind.SHORTCOMINGS,
                        PartKind.LEADERSHIP,
                        PartKind.NEXT_YEAR,
                        PartKind.MEASURES,
                        PartKind.OTHER);
        assertThat(StandardWording.completed(new ReportContent("", "", List.of(), null), null)
                        .title())
                .isEmpty();
    }
}
