package cn.fazhi.flow.demo;

import cn.fazhi.flow.campaign.BoardRow;
import cn.fazhi.flow.campaign.CampaignService;
import cn.fazhi.flow.campaign.OpenCampaign;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.Role;
import cn.fazhi.flow.org.TownshipKind;
import cn.fazhi.flow.publish.PublishService;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ReportTextParser;
import cn.fazhi.flow.review.Decision;
import cn.fazhi.flow.review.ReviewService;
import cn.fazhi.flow.review.TaskItem;
import cn.fazhi.flow.workflow.WorkflowService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo county 示范县: five townships carrying the five real sample reports as drafts, and one user per role, all
 * with the password {@code demo123}. Created once, on the first start of an empty database.
 */
@Component
@Profile("demo")
@Order(Ordered.LOWEST_PRECEDENCE - 10) // before the bootstrap account, which then finds users and does nothing
class DemoData implements ApplicationRunner {

    static final String COUNTY_CODE = "SFX";
    static final String PASSWORD = "demo123";

    /** The townships in the order of drafter1…5 and lead1…5, with their sample and its year. */
    record DemoTownship(String code, String name, TownshipKind kind, String sample, int year) {}

    static final List<DemoTownship> TOWNSHIPS = List.of(
            new DemoTownship("SFX-01", "太要镇", TownshipKind.TOWN, "taiyao-2022.txt", 2022),
            new DemoTownship("SFX-02", "榆垡镇", TownshipKind.TOWN, "yufa-2020.txt", 2020),
            new DemoTownship("SFX-03", "城区街道", TownshipKind.SUBDISTRICT, "chengqu-rushan-2022.txt", 2022),
            new DemoTownship("SFX-04", "洪山镇", TownshipKind.TOWN, "hongshan-2023.txt", 2023),
            new DemoTownship("SFX-05", "盘龙彝族乡", TownshipKind.TOWNSHIP, "panlong-2023.txt", 2023));

    /**
     * Every demo login. They are marked as demo accounts, exempt from forced password changes and expiry, so that
     * the logins the README publishes keep working.
     */
    static final List<String> LOGINS = Stream.concat(
                    Stream.of("admin", "county", "advisor", "shenqiu", "sysadmin", "auditor"),
                    IntStream.rangeClosed(1, TOWNSHIPS.size())
                            .boxed()
                            .flatMap(i -> Stream.of("drafter" + i, "lead" + i)))
            .toList();

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** A second county whose one report is already published, so that /public shows something on first start. */
    static final String PUBLISHED_COUNTY_CODE = "SQX";

    private final OrgService org;
    private final ReviewService review;
    private final ReportService reports;
    private final PublishService publish;
    private final CampaignService campaigns;
    private final WorkflowService workflow;
    private final Clock clock;
    private final boolean campaignEnabled;
    private final Duration campaignDeadline;

    DemoData(
            OrgService org,
            ReviewService review,
            ReportService reports,
            PublishService publish,
            CampaignService campaigns,
            WorkflowService workflow,
            Clock clock,
            @Value("${fazhi.demo.campaign.enabled:true}") boolean campaignEnabled,
            @Value("${fazhi.demo.campaign.deadline:PT2M}") Duration campaignDeadline) {
        this.org = org;
        this.review = review;
        this.reports = reports;
        this.publish = publish;
        this.campaigns = campaigns;
        this.workflow = workflow;
        this.clock = clock;
        this.campaignEnabled = campaignEnabled;
        this.campaignDeadline = campaignDeadline;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        installationAccounts();
        if (!org.hasCounty(COUNTY_CODE)) {
            createCounties();
        }
        // Also in a demo database made before accounts could be marked.
        org.markDemoAccounts(LOGINS);
    }

    private void createCounties() throws IOException {
        long county = org.createCounty(COUNTY_CODE, "示范县", false);
        List<Long> townships = new ArrayList<>();
        for (DemoTownship t : TOWNSHIPS) {
            townships.add(org.createTownship(county, t.code(), t.name(), t.kind()));
        }
        user("admin", "王管理", county, null, EnumSet.of(Role.ADMIN), Set.of());
        user("county", "李审核", county, null, EnumSet.of(Role.COUNTY_REVIEWER), Set.of());
        user("advisor", "张律师", county, null, EnumSet.of(Role.LEGAL_ADVISOR), Set.copyOf(townships));
        for (int i = 0; i < TOWNSHIPS.size(); i++) {
            String name = TOWNSHIPS.get(i).name();
            user("drafter" + (i + 1), name + "起草人", county, townships.get(i), EnumSet.of(Role.DRAFTER), Set.of());
            user("lead" + (i + 1), name + "负责人", county, townships.get(i), EnumSet.of(Role.TOWNSHIP_LEAD), Set.of());
        }
        var parser = new ReportTextParser();
        for (int i = 0; i < TOWNSHIPS.size(); i++) {
            DemoTownship t = TOWNSHIPS.get(i);
            var content = parser.parse(sample(t.sample()));
            long township = townships.get(i);
            org.runAs("drafter" + (i + 1), () -> review.open(township, t.year(), content));
        }
        publishedExample(parser);
        if (campaignEnabled) {
            campaign(townships);
        }
        log.info(
                "Demo data created: county 示范县 with {} townships; log in as admin, county, advisor, drafter1-5, "
                        + "lead1-5, sysadmin or auditor with password {}",
                TOWNSHIPS.size(),
                PASSWORD);
    }

    /**
     * The campaign for this year's reports, with a submission deadline a few minutes away
     * ({@code fazhi.demo.campaign.deadline}): 盘龙彝族乡 had started its report and the campaign adopts it; 太要镇 and
     * 盘龙彝族乡 stay in draft and go overdue at the deadline; 榆垡镇 was returned by the legal advisor; 城区街道 is with
     * the county reviewer; 洪山镇 is approved and awaits publication. The samples' texts serve as this year's drafts.
     */
    private void campaign(List<Long> townships) throws IOException {
        int year = LocalDateTime.now(clock).getYear();
        var parser = new ReportTextParser();
        ReportContent panlong = parser.parse(sample(TOWNSHIPS.get(4).sample()));
        org.runAs("drafter5", () -> review.open(townships.get(4), year, panlong));
        LocalDateTime due = LocalDateTime.now(clock).plus(campaignDeadline);
        long campaign = org.runAs("admin", () -> campaigns.open(new OpenCampaign(year, due, 5, 5, null, null)));
        List<BoardRow> board = org.runAs("admin", () -> campaigns.board(campaign));
        for (int i = 0; i < 4; i++) {
            long report = board.get(i).reportId();
            ReportContent text = parser.parse(sample(TOWNSHIPS.get(i).sample()));
            String drafter = "drafter" + (i + 1);
            org.runAs(
                    drafter,
                    () -> reports.saveDraft(report, text, reports.get(report).lockVersion()));
            if (i == 0) {
                continue; // 太要镇: a draft, blocked by the pre-check until part three is written
            }
            org.runAs(drafter, () -> review.submit(report));
            if (i == 1) {
                decide("advisor", report, Decision.RETURN, "请对照《法治政府建设与责任落实督察工作规定》补充第一责任人履职情况。");
                continue;
            }
            decide("advisor", report, Decision.APPROVE, "");
            if (i == 2) {
                org.runAs("county", () -> {
                    review.claim(task("county", report).id());
                    return null;
                });
                continue;
            }
            decide("county", report, Decision.APPROVE, "");
        }
    }

    private void decide(String user, long report, Decision decision, String comment) {
        org.runAs(user, () -> {
            review.decide(task(user, report).id(), decision, comment, false);
            return null;
        });
    }

    private TaskItem task(String user, long report) {
        return org.runAs(user, () -> review.myTasks().stream()
                .filter(t -> t.reportId() == report)
                .findFirst()
                .orElseThrow());
    }

    /**
     * 沈丘县 with 洪山镇 and its real 2023 report, approved and published by the county's administrator {@code shenqiu}
     * (no process: it stands for a report of an earlier campaign).
     */
    private void publishedExample(ReportTextParser parser) throws IOException {
        long county = org.createCounty(PUBLISHED_COUNTY_CODE, "沈丘县", false);
        long township = org.createTownship(county, "SQX-01", "洪山镇", TownshipKind.TOWN);
        user("shenqiu", "沈丘县管理员", county, null, EnumSet.of(Role.ADMIN), Set.of());
        long report = reports.create(township, 2023, parser.parse(sample("hongshan-2023.txt")), "shenqiu");
        reports.freezeVersion(report, "shenqiu");
        workflow.approvedWithoutProcess(report);
        org.runAs("shenqiu", () -> publish.publish(report, true, List.of()));
    }

    /**
     * The installation's own accounts, outside any county: {@code sysadmin} (the operator: counties, the engine's
     * Cockpit) and {@code auditor} (the security log). Added to a demo database made before they existed, too.
     */
    private void installationAccounts() {
        if (org.findUser("sysadmin").isEmpty()) {
            user("sysadmin", "系统管理员", null, null, EnumSet.of(Role.SYSTEM_ADMIN), Set.of());
        }
        if (org.findUser("auditor").isEmpty()) {
            user("auditor", "审计管理员", null, null, EnumSet.of(Role.AUDITOR), Set.of());
        }
    }

    private void user(String username, String name, Long county, Long township, Set<Role> roles, Set<Long> advised) {
        org.createUser(username, PASSWORD, name, username + "@demo.fazhi.local", county, township, roles, advised);
    }

    private static String sample(String file) throws IOException {
        try (InputStream in = new ClassPathResource("demo/samples/" + file).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
