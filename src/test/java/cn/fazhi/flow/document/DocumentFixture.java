package cn.fazhi.flow.document;

import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.Role;
import cn.fazhi.flow.org.TownshipKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ReportSummary;
import cn.fazhi.flow.report.ReportTextParser;
import java.util.EnumSet;
import java.util.Set;

/**
 * A county of its own for the document tests (they change a draft and freeze versions), so no other test's township
 * is touched: one township, its drafter (password demo123) and a 2023 report made from a sample, with two versions.
 */
public final class DocumentFixture {

    static final String PASSWORD = "demo123";

    private DocumentFixture() {}

    /** Creates the county once per database (set-up runs with nobody signed in); answers the report's id. */
    public static synchronized long report(OrgService org, ReportService reports, String countyCode, String drafter) {
        if (!org.hasCounty(countyCode)) {
            long county = org.createCounty(countyCode, "文档测试县" + countyCode, false);
            long township = org.createTownship(county, countyCode + "-01", "文档测试镇" + countyCode, TownshipKind.TOWN);
            org.createUser(
                    drafter,
                    PASSWORD,
                    "文档起草人",
                    drafter + "@test.fazhi.local",
                    county,
                    township,
                    EnumSet.of(Role.DRAFTER),
                    Set.of());
            ReportTextParser parser = new ReportTextParser();
            ReportContent first = parser.parse(SampleDocx.sample("hongshan-2023.txt"));
            long id = reports.create(township, 2023, first, drafter);
            reports.freezeVersion(id, drafter);
            ReportContent second =
                    parser.parse(SampleDocx.sample("hongshan-2023.txt").replace("科学谋划，真抓实干", "科学谋划，狠抓落实，真抓实干"));
            org.runAs(
                    drafter, () -> reports.saveDraft(id, second, reports.get(id).lockVersion()));
            reports.freezeVersion(id, drafter);
        }
        return org.runAs(drafter, () -> reports.list().stream()
                .mapToLong(ReportSummary::id)
                .findFirst()
                .orElseThrow());
    }
}
