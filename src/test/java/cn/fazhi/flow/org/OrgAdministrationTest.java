package cn.fazhi.flow.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.fazhi.flow.AbstractViewTest;
import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.campaign.BoardRow;
import cn.fazhi.flow.campaign.CampaignService;
import cn.fazhi.flow.campaign.OpenCampaign;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ReportTextParser;
import cn.fazhi.flow.review.ReviewService;
import cn.fazhi.flow.review.TaskItem;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The county administration in a county of its own (the view tests' context, so the demo county is untouched): its
 * rules, and what a change does to a running campaign.
 */
class OrgAdministrationTest extends AbstractViewTest {

    @Autowired
    OrgAdministration admin;

    @Autowired
    OrgService org;

    @Autowired
    CampaignService campaigns;

    @Autowired
    ReviewService review;

    @Autowired
    ReportService reports;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    Clock clock;

    @Test
    void aCountyFromItsCreationToARunningCampaignWithALeaverAndARename() throws Exception {
        login("sysadmin");
        long county = admin.createCounty("管理县", "419901");
        assertThatThrownBy(() -> admin.createCounty("重复县", "419901"))
                .hasMessageContaining("error.admin.countyCodeTaken");
        NewAccount first = admin.createCountyAdmin(county, "adm-a", "管理员甲", "adm-a@gl.gov.cn", "13800000001");
        assertThat(first.oneTimePassword()).hasSize(12);
        assertThatCode(() -> PasswordPolicy.check("adm-a", first.oneTimePassword()))
                .as("the one-time password meets the policy")
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> admin.townships()).hasMessageContaining("error.admin.countyAdminOnly");

        login("adm-a");
        assertThat(org.passwordChangeRequired()).isTrue();
        long jia = admin.createTownship(new TownshipForm(null, "甲镇", TownshipKind.TOWN, "419901-01", null));
        long yi = admin.createTownship(new TownshipForm(county, "乙乡", TownshipKind.TOWNSHIP, "419901-02", null));
        long bing = admin.createTownship(new TownshipForm(null, "丙街道", TownshipKind.SUBDISTRICT, "419901-03", null));
        assertThatThrownBy(
                        () -> admin.createTownship(new TownshipForm(null, "丁镇", TownshipKind.TOWN, "419901-01", null)))
                .hasMessageContaining("error.admin.townshipCodeTaken");
        admin.createUser(form("gl-drafter", "甲镇起草人", Set.of(Role.DRAFTER), jia, Set.of()));
        admin.createUser(form("gl-advisor", "律师甲", Set.of(Role.LEGAL_ADVISOR), null, Set.of(jia, yi)));
        long advisorId = userId("gl-advisor");

        // The rules a user's data keeps, each with its own message.
        assertThatThrownBy(
                        () -> admin.createUser(form("gl-drafter", "重名", Set.of(Role.COUNTY_REVIEWER), null, Set.of())))
                .hasMessageContaining("error.admin.loginTaken");
        assertThatThrownBy(() -> admin.createUser(form("gl-lead", "负责人", Set.of(Role.TOWNSHIP_LEAD), null, Set.of())))
                .hasMessageContaining("error.admin.townshipRequired");
        long demoTownship = demoTownship();
        assertThatThrownBy(() ->
                        admin.createUser(form("gl-lead", "负责人", Set.of(Role.TOWNSHIP_LEAD), demoTownship, Set.of())))
                .hasMessageContaining("error.admin.foreignTownship");
        assertThatThrownBy(() -> admin.createUser(new UserForm(
                        "gl-x", "某人", "not-an-email", null, Set.of(Role.COUNTY_REVIEWER), null, null, Set.of())))
                .hasMessageContaining("error.admin.email");
        assertThatThrownBy(() -> admin.createUser(
                        new UserForm("gl-x", "某人", null, "电话", Set.of(Role.COUNTY_REVIEWER), null, null, Set.of())))
                .hasMessageContaining("error.admin.phone");
        assertThatThrownBy(() -> admin.createUser(form("gl-sys", "越权", Set.of(Role.SYSTEM_ADMIN), null, Set.of())))
                .hasMessageContaining("error.admin.countyRolesOnly");
        long adminId = userId("adm-a");
        assertThatThrownBy(() -> admin.deactivateUser(adminId)).hasMessageContaining("error.admin.lastAdmin");
        assertThatThrownBy(() ->
                        admin.updateUser(adminId, form("adm-a", "管理员甲", Set.of(Role.COUNTY_REVIEWER), null, Set.of())))
                .hasMessageContaining("error.admin.lastAdmin");

        // Another county's user and township are out of reach.
        long demoDrafter = org.findUser("drafter1").orElseThrow().id();
        assertThatThrownBy(() -> admin.deactivateUser(demoDrafter))
                .isInstanceOfSatisfying(
                        FlowException.class, e -> assertThat(e.kind()).isEqualTo(FlowException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> admin.updateTownship(demoTownship, new TownshipForm(null, "改名", null, null, null)))
                .hasMessageContaining("error.admin.foreignCounty");
        assertThatThrownBy(() -> admin.resetPassword(demoDrafter)).hasMessageContaining("error.admin.foreignCounty");

        // Settings give a campaign its defaults; a deactivated township gets no report.
        admin.updateSettings(new CountySettings(false, 7, 4, MonthDay.of(3, 15)));
        admin.updateTownship(bing, new TownshipForm(null, null, null, null, false));
        int year = LocalDateTime.now(clock).getYear();
        long campaign =
                campaigns.open(new OpenCampaign(year, LocalDateTime.now(clock).plusDays(20), null, null, null, null));
        assertThat(campaigns.get(campaign).legalReviewDays()).isEqualTo(7);
        assertThat(campaigns.get(campaign).countyReviewDays()).isEqualTo(4);
        assertThat(campaigns.get(campaign).publicationDue()).isEqualTo(LocalDate.of(year + 1, 3, 15));
        List<BoardRow> board = campaigns.board(campaign);
        assertThat(board).extracting(BoardRow::township).containsExactly("甲镇", "乙乡");
        long report = board.get(0).reportId();

        // The drafter submits, the advisor claims the legal review.
        login("gl-drafter");
        ReportContent text = sample();
        reports.saveDraft(report, text, reports.get(report).lockVersion());
        review.submit(report);
        login("gl-advisor");
        TaskItem task = review.myTasks().stream()
                .filter(t -> t.reportId() == report)
                .findFirst()
                .orElseThrow();
        review.claim(task.id());
        assertThat(review.position(report).assignee()).isEqualTo("gl-advisor");

        // The advisor keeps the township where they hold the task; then leaves, and the task goes back to the pool.
        login("adm-a");
        assertThatThrownBy(() -> admin.updateUser(
                        advisorId, form("gl-advisor", "律师甲", Set.of(Role.LEGAL_ADVISOR), null, Set.of(yi))))
                .hasMessageContaining("error.admin.advisorHoldsTask")
                .isInstanceOfSatisfying(
                        FlowException.class, e -> assertThat(e.args()).contains("甲镇", year));
        admin.deactivateUser(advisorId);
        assertThat(review.position(report).assignee()).isNull();
        assertThat(campaigns.board(campaign).get(0).holder()).isNull();
        assertThat(userDetails.loadUserByUsername("gl-advisor").isEnabled()).isFalse();
        assertThat(admin.users())
                .filteredOn(u -> u.login().equals("gl-advisor"))
                .singleElement()
                .satisfies(u -> assertThat(u.active()).isFalse());
        admin.activateUser(advisorId);
        assertThat(userDetails.loadUserByUsername("gl-advisor").isEnabled()).isTrue();

        // A renamed township: the report keeps the name it was written under.
        admin.updateTownship(jia, new TownshipForm(null, "甲街道", TownshipKind.SUBDISTRICT, null, null));
        assertThat(org.township(jia).name()).isEqualTo("甲街道");
        assertThat(reports.get(report).township()).isEqualTo("甲镇");
        assertThat(admin.townships())
                .extracting(TownshipEntry::name, TownshipEntry::active)
                .contains(tuple("丙街道", false));

        // A second administrator: now the first may go.
        NewAccount second = admin.createUser(form("adm-b", "管理员乙", Set.of(Role.ADMIN), null, Set.of()));
        admin.deactivateUser(adminId);
        assertThat(admin.resetPassword(second.id())).hasSize(12);
    }

    private static UserForm form(String login, String name, Set<Role> roles, Long township, Set<Long> advised) {
        return new UserForm(login, name, null, null, EnumSet.copyOf(roles), null, township, advised);
    }

    private long userId(String login) {
        return org.findUser(login).orElseThrow().id();
    }

    private long demoTownship() {
        return org.findUser("drafter1").orElseThrow().townshipId();
    }

    private static ReportContent sample() throws Exception {
        try (InputStream in = new ClassPathResource("demo/samples/hongshan-2023.txt").getInputStream()) {
            return new ReportTextParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
