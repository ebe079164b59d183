package cn.fazhi.flow.publish;

import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.Role;
import cn.fazhi.flow.org.TownshipKind;
import cn.fazhi.flow.report.Closing;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportPart;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.review.Decision;
import cn.fazhi.flow.review.ReviewService;
import cn.fazhi.flow.review.SubmitResult;
import cn.fazhi.flow.review.TaskItem;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A county of its own for the publication tests, so that they change no demo township's report: one township with a
 * drafter, its legal advisor, a county reviewer and an administrator (password {@value #PASSWORD}), and reports taken
 * through the real report-review process.
 */
public final class PublishFixture {

    public static final String PASSWORD = "test123";

    public static final String PARAGRAPH_ONE = "一是抓学法用法，全年组织领导干部会前学法十二次。";
    public static final String PARAGRAPH_TWO = "二是抓依法决策，重大行政决策全部经过合法性审查。";
    public static final String PARAGRAPH_THREE = "三是抓普法宣传，开展“法律进村”活动二十场次，联系人张三电话13800000000。";

    public final String prefix;
    public final long countyId;
    public final long townshipId;
    public final String drafter;
    public final String advisor;
    public final String reviewer;
    public final String admin;

    private final OrgService org;
    private final ReviewService review;
    private final ReportService reports;

    /** Creates the county (nobody may be signed in); {@code prefix} keeps its codes and usernames apart. */
    public PublishFixture(ApplicationContext context, String prefix) {
        this.prefix = prefix;
        this.org = context.getBean(OrgService.class);
        this.review = context.getBean(ReviewService.class);
        this.reports = context.getBean(ReportService.class);
        SecurityContextHolder.clearContext();
        countyId = org.createCounty(prefix.toUpperCase(), prefix + "县", false);
        townshipId = org.createTownship(countyId, prefix.toUpperCase() + "-01", prefix + "镇", TownshipKind.TOWN);
        drafter = prefix + "-drafter";
        advisor = prefix + "-advisor";
        reviewer = prefix + "-county";
        admin = prefix + "-admin";
        user(drafter, townshipId, Role.DRAFTER, Set.of());
        user(advisor, null, Role.LEGAL_ADVISOR, Set.of(townshipId));
        user(reviewer, null, Role.COUNTY_REVIEWER, Set.of());
        user(admin, prefix + "王管理", null, Role.ADMIN, Set.of());
    }

    private void user(String username, Long township, Role role, Set<Long> advised) {
        user(username, username, township, role, advised);
    }

    private void user(String username, String name, Long township, Role role, Set<Long> advised) {
        org.createUser(
                username, PASSWORD, name, username + "@test.local", countyId, township, EnumSet.of(role), advised);
    }

    /** A complete report text, with its measures in the order given. */
    public static ReportContent text(int year, String... measures) {
        return new ReportContent(
                "试点镇" + year + "年法治政府建设情况报告",
                "现将我镇" + year + "年法治政府建设情况报告如下：",
                List.of(
                        new ReportPart(PartKind.MEASURES, "一、主要举措和成效", String.join("\n", measures)),
                        new ReportPart(PartKind.SHORTCOMINGS, "二、存在的不足和原因", "基层法治力量仍然薄弱，执法人员专业化程度不高。"),
                        new ReportPart(PartKind.LEADERSHIP, "三、党政主要负责人履行推进法治建设第一责任人职责情况", "党政主要负责人亲自部署、亲自推进法治建设重要工作。"),
                        new ReportPart(PartKind.NEXT_YEAR, "四、下一年度主要安排", "持续深化法治政府建设，加强行政执法队伍建设。")),
                new Closing("试点镇人民政府", (year + 1) + "年1月10日"));
    }

    /** Opens the township's report for a year with the text. */
    public long open(int year, ReportContent text) {
        return org.runAs(drafter, () -> review.open(townshipId, year, text));
    }

    /** Submits the working copy; fails if the pre-check blocks it. */
    public void submit(long reportId) {
        SubmitResult result = org.runAs(drafter, () -> review.submit(reportId));
        if (!result.accepted()) {
            throw new IllegalStateException("submission blocked: " + result.findings());
        }
    }

    /** The drafter withdraws the submission. */
    public void withdraw(long reportId) {
        org.runAs(drafter, () -> {
            review.withdraw(reportId);
            return null;
        });
    }

    /** The drafter replaces the working copy. */
    public void edit(long reportId, ReportContent text) {
        org.runAs(
                drafter,
                () -> reports.saveDraft(reportId, text, reports.get(reportId).lockVersion()));
    }

    /** The user decides the report's open task. */
    public void decide(String user, long reportId, Decision decision) {
        org.runAs(user, () -> {
            TaskItem task = review.myTasks().stream()
                    .filter(t -> t.reportId() == reportId)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(user + " has no task on " + reportId));
            review.decide(task.id(), decision, decision == Decision.RETURN ? "请调整段落顺序。" : "", false);
            return null;
        });
    }

    /** A report of the year taken through legal review and county sign-off: APPROVED, version 1. */
    public long approved(int year) {
        long id = open(year, text(year, PARAGRAPH_ONE, PARAGRAPH_TWO, PARAGRAPH_THREE));
        submit(id);
        decide(advisor, id, Decision.APPROVE);
        decide(reviewer, id, Decision.APPROVE);
        return id;
    }
}
