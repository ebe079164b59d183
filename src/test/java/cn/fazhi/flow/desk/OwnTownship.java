package cn.fazhi.flow.desk;

import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.Role;
import cn.fazhi.flow.org.TownshipKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportTextParser;
import cn.fazhi.flow.review.ReviewService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.core.io.ClassPathResource;

/**
 * A test's own data: a county of its own with one township named like a demo township, its drafter, lead, legal
 * advisor and county reviewer (named as the demo's people are, with logins of their own), and the township's report
 * opened with the demo sample's text. Nothing another test does reaches it, and it reaches nothing of theirs.
 */
record OwnTownship(String drafter, String lead, String advisor, String county, long reportId) {

    private static final AtomicInteger NEXT = new AtomicInteger();

    /** The township {@code name} (as in the demo data) with its report of {@code year} from {@code sample}. */
    static OwnTownship create(
            OrgService org, ReviewService review, String name, TownshipKind kind, String sample, int year) {
        String prefix = "own" + NEXT.incrementAndGet();
        long county = org.createCounty(prefix.toUpperCase(), "示范县", false);
        long township = org.createTownship(county, prefix.toUpperCase() + "-01", name, kind);
        String drafter = prefix + "-drafter";
        String lead = prefix + "-lead";
        String advisor = prefix + "-advisor";
        String reviewer = prefix + "-county";
        org.createUser(drafter, "demo123", name + "起草人", null, county, township, EnumSet.of(Role.DRAFTER), Set.of());
        org.createUser(lead, "demo123", name + "负责人", null, county, township, EnumSet.of(Role.TOWNSHIP_LEAD), Set.of());
        org.createUser(advisor, "demo123", "张律师", null, county, null, EnumSet.of(Role.LEGAL_ADVISOR), Set.of(township));
        org.createUser(reviewer, "demo123", "李审核", null, county, null, EnumSet.of(Role.COUNTY_REVIEWER), Set.of());
        ReportContent text = sample(sample);
        long reportId = org.runAs(drafter, () -> review.open(township, year, text));
        return new OwnTownship(drafter, lead, advisor, reviewer, reportId);
    }

    private static ReportContent sample(String name) {
        try (InputStream in = new ClassPathResource("demo/samples/" + name).getInputStream()) {
            return new ReportTextParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
