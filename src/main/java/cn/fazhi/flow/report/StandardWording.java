package cn.fazhi.flow.report;

import cn.fazhi.flow.org.TownshipKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place that decides the standard title of a report and, through {@link PartKind#standardHeading()}, the
 * standard heading of each part: what the exported document prints and the editor offers where the drafter left one
 * empty.
 */
public final class StandardWording {

    private StandardWording() {}

    /**
     * The standard title, built from the issuing body and the year: 太要镇人民政府关于2026年度法治政府建设情况的报告 for a 乡 or
     * 镇 (its people's government), 城区街道办事处关于2026年度法治政府建设情况的报告 for a 街道 (its sub-district office).
     */
    public static String title(String township, TownshipKind kind, int year) {
        return issuingBody(township, kind) + "关于" + year + "年度法治政府建设情况的报告";
    }

    private static String issuingBody(String township, TownshipKind kind) {
        return kind == TownshipKind.SUBDISTRICT ? township + "办事处" : township + "人民政府";
    }

    /**
     * The content as the document prints it: {@code standardTitle} where the title is blank (unless that is blank too),
     * and all five parts, in the order written, each with its standard heading where its heading is blank. A part not
     * written at all is put, with its heading and no text, before the first written part that the rules list after it.
     */
    public static ReportContent completed(ReportContent content, String standardTitle) {
        String title = content.title().isBlank() && standardTitle != null ? standardTitle : content.title();
        List<ReportPart> parts = new ArrayList<>();
        for (ReportPart part : content.parts()) {
            parts.add(
                    part.heading().isBlank()
                            ? new ReportPart(part.kind(), part.kind().standardHeading(), part.body())
                            : part);
        }
        for (PartKind kind : PartKind.values()) {
            if (content.part(kind).isEmpty()) {
                int at = 0;
                while (at < parts.size() && parts.get(at).kind().ordinal() < kind.ordinal()) {
                    at++;
                }
                parts.add(at, new ReportPart(kind, kind.standardHeading(), ""));
            }
        }
        return new ReportContent(title, content.opening(), parts, content.closing());
    }
}
