package cn.fazhi.flow.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fazhi.flow.base.FlowException;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every access question, for the roles of one county (1, townships 10 and 11) and of another (2). */
class AccessPolicyTest {

    private static final TownshipInfo TOWNSHIP = new TownshipInfo(10, "T10", "城关镇", TownshipKind.TOWN, 1, "县", false);
    private static final TownshipInfo NEIGHBOUR =
            new TownshipInfo(11, "T11", "新集乡", TownshipKind.TOWNSHIP, 1, "县", false);
    private static final TownshipInfo ABROAD = new TownshipInfo(20, "T20", "外县镇", TownshipKind.TOWN, 2, "外县", false);

    private static UserAccount user(Long county, Long township, Set<Long> advised, Role... roles) {
        return new UserAccount(
                1, "u", "u", null, county, township, null, EnumSet.of(roles[0], roles), advised, "zh-CN");
    }

    private static final UserAccount DRAFTER = user(1L, 10L, Set.of(), Role.DRAFTER);
    private static final UserAccount LEAD = user(1L, 10L, Set.of(), Role.TOWNSHIP_LEAD);
    private static final UserAccount ADVISOR = user(1L, null, Set.of(10L), Role.LEGAL_ADVISOR);
    private static final UserAccount REVIEWER = user(1L, null, Set.of(), Role.COUNTY_REVIEWER);
    private static final UserAccount ADMIN = user(1L, null, Set.of(), Role.ADMIN);
    private static final UserAccount SYSTEM_ADMIN = user(null, null, Set.of(), Role.SYSTEM_ADMIN);
    private static final UserAccount AUDITOR = user(null, null, Set.of(), Role.AUDITOR);

    @Test
    void readingFollowsTheTownshipTheAssignmentAndTheCounty() {
        for (UserAccount u : Set.of(DRAFTER, LEAD, ADVISOR, REVIEWER, ADMIN)) {
            assertThat(AccessPolicy.mayRead(u, TOWNSHIP))
                    .as(u.roles().toString())
                    .isTrue();
            assertThat(AccessPolicy.mayRead(u, ABROAD)).as(u.roles().toString()).isFalse();
        }
        for (UserAccount u : Set.of(DRAFTER, LEAD, ADVISOR)) {
            assertThat(AccessPolicy.mayRead(u, NEIGHBOUR)).isFalse();
        }
        assertThat(AccessPolicy.mayRead(REVIEWER, NEIGHBOUR)).isTrue();
        assertThat(AccessPolicy.mayRead(SYSTEM_ADMIN, TOWNSHIP)).isFalse();
        assertThat(AccessPolicy.mayRead(AUDITOR, TOWNSHIP)).isFalse();
    }

    @Test
    void onlyTheTownshipsDrafterDraftsAndTheCountysAdminMayAlsoOpenAReport() {
        assertThat(AccessPolicy.mayDraft(DRAFTER, 10)).isTrue();
        assertThat(AccessPolicy.mayDraft(DRAFTER, 11)).isFalse();
        assertThat(AccessPolicy.mayDraft(LEAD, 10)).isFalse();
        assertThat(AccessPolicy.mayDraft(ADMIN, 10)).isFalse();
        assertThat(AccessPolicy.mayOpenReport(DRAFTER, TOWNSHIP)).isTrue();
        assertThat(AccessPolicy.mayOpenReport(ADMIN, NEIGHBOUR)).isTrue();
        assertThat(AccessPolicy.mayOpenReport(ADMIN, ABROAD)).isFalse();
        assertThat(AccessPolicy.mayOpenReport(REVIEWER, TOWNSHIP)).isFalse();
        assertThatThrownBy(() -> AccessPolicy.requireMayOpenReport(LEAD, TOWNSHIP, "error.noAccess"))
                .isInstanceOfSatisfying(FlowException.class, e -> assertForbidden(e, "error.noAccess"));
        assertThat(AccessPolicy.isLeadOf(LEAD, 10)).isTrue();
        assertThat(AccessPolicy.isLeadOf(LEAD, 11)).isFalse();
        assertThat(AccessPolicy.isLeadOf(DRAFTER, 10)).isFalse();
    }

    @Test
    void theCountysAdminPublishesAndTheCountysStaffSeesTheBoardAndUrges() {
        assertThat(AccessPolicy.isCountyAdmin(ADMIN)).isTrue();
        assertThat(AccessPolicy.isCountyAdmin(ADMIN, 1)).isTrue();
        assertThat(AccessPolicy.isCountyAdmin(ADMIN, 2)).isFalse();
        assertThat(AccessPolicy.isCountyAdmin(REVIEWER, 1)).isFalse();
        assertThat(AccessPolicy.isCountyAdmin(SYSTEM_ADMIN)).isFalse();
        assertThat(AccessPolicy.mayPublish(ADMIN, 1)).isTrue();
        assertThat(AccessPolicy.mayPublish(REVIEWER, 1)).isFalse();
        for (UserAccount u : Set.of(ADMIN, REVIEWER)) {
            assertThat(AccessPolicy.isCountyStaff(u)).isTrue();
            assertThat(AccessPolicy.maySeeBoard(u, 1)).isTrue();
            assertThat(AccessPolicy.maySeeBoard(u, 2)).isFalse();
            assertThat(AccessPolicy.mayUrge(u, 1)).isTrue();
            assertThat(AccessPolicy.mayUrge(u, 2)).isFalse();
        }
        for (UserAccount u : Set.of(DRAFTER, LEAD, ADVISOR, SYSTEM_ADMIN, AUDITOR)) {
            assertThat(AccessPolicy.isCountyStaff(u)).isFalse();
            assertThat(AccessPolicy.mayUrge(u, 1)).isFalse();
        }
    }

    @Test
    void theRequireFormsRefuseWithTheCallersKeyAndLetThroughOtherwise() {
        assertThatThrownBy(() -> AccessPolicy.requireCountyAdmin(ADMIN, 2, "campaign.error.notCountyAdmin"))
                .isInstanceOfSatisfying(FlowException.class, e -> assertForbidden(e, "campaign.error.notCountyAdmin"));
        assertThatThrownBy(() -> AccessPolicy.requireCountyAdmin(REVIEWER, "error.admin.countyAdminOnly"))
                .isInstanceOfSatisfying(FlowException.class, e -> assertForbidden(e, "error.admin.countyAdminOnly"));
        assertThatThrownBy(() -> AccessPolicy.requireMayPublish(REVIEWER, 1, "publish.error.notAdmin"))
                .isInstanceOfSatisfying(FlowException.class, e -> assertForbidden(e, "publish.error.notAdmin"));
        assertThatThrownBy(() -> AccessPolicy.requireMayUrge(DRAFTER, 1, "notify.error.urgeNotAllowed"))
                .isInstanceOfSatisfying(FlowException.class, e -> assertForbidden(e, "notify.error.urgeNotAllowed"));
        assertThatThrownBy(() -> AccessPolicy.requireMaySeeBoard(ADMIN, 2, "campaign.error.noBoardAccess"))
                .isInstanceOfSatisfying(FlowException.class, e -> assertForbidden(e, "campaign.error.noBoardAccess"));
        assertThatThrownBy(() -> AccessPolicy.requireCountyStaff(LEAD, "campaign.error.noBoardAccess"))
                .isInstanceOfSatisfying(FlowException.class, e -> assertForbidden(e, "campaign.error.noBoardAccess"));
        assertThatThrownBy(() -> AccessPolicy.requireReviewer(DRAFTER, "error.onlyReviewersResolve"))
                .isInstanceOfSatisfying(FlowException.class, e -> assertForbidden(e, "error.onlyReviewersResolve"));
        assertThatThrownBy(() -> AccessPolicy.requireSystemAdmin(ADMIN, "error.admin.systemAdminOnly"))
                .isInstanceOfSatisfying(FlowException.class, e -> assertForbidden(e, "error.admin.systemAdminOnly"));
        assertThatThrownBy(() -> AccessPolicy.requireAuditor(SYSTEM_ADMIN, "audit.error.auditorOnly"))
                .isInstanceOfSatisfying(FlowException.class, e -> assertForbidden(e, "audit.error.auditorOnly"));
        assertThatCode(() -> {
                    AccessPolicy.requireCountyAdmin(ADMIN, 1, "k");
                    AccessPolicy.requireCountyAdmin(ADMIN, "k");
                    AccessPolicy.requireMayPublish(ADMIN, 1, "k");
                    AccessPolicy.requireMayUrge(REVIEWER, 1, "k");
                    AccessPolicy.requireMaySeeBoard(REVIEWER, 1, "k");
                    AccessPolicy.requireReviewer(ADVISOR, "k");
                    AccessPolicy.requireSystemAdmin(SYSTEM_ADMIN, "k");
                    AccessPolicy.requireAuditor(AUDITOR, "k");
                    AccessPolicy.requireMayOpenReport(DRAFTER, TOWNSHIP, "k");
                })
                .doesNotThrowAnyException();
    }

    @Test
    void theReviewersAreTheLeadTheAdvisorTheCountyReviewerAndTheAdmin() {
        for (UserAccount u : Set.of(LEAD, ADVISOR, REVIEWER, ADMIN)) {
            assertThat(AccessPolicy.isReviewer(u)).isTrue();
        }
        for (UserAccount u : Set.of(DRAFTER, SYSTEM_ADMIN, AUDITOR)) {
            assertThat(AccessPolicy.isReviewer(u)).isFalse();
        }
    }

    @Test
    void holdingARoleForATownshipIsItsOwnForTownshipRolesTheAssignmentForAdvisorsAndTheCountyForCountyRoles() {
        assertThat(AccessPolicy.holdsFor(DRAFTER, Role.DRAFTER, TOWNSHIP)).isTrue();
        assertThat(AccessPolicy.holdsFor(DRAFTER, Role.DRAFTER, NEIGHBOUR)).isFalse();
        assertThat(AccessPolicy.holdsFor(DRAFTER, Role.TOWNSHIP_LEAD, TOWNSHIP)).isFalse();
        assertThat(AccessPolicy.holdsFor(ADVISOR, Role.LEGAL_ADVISOR, TOWNSHIP)).isTrue();
        assertThat(AccessPolicy.holdsFor(ADVISOR, Role.LEGAL_ADVISOR, NEIGHBOUR))
                .isFalse();
        assertThat(AccessPolicy.holdsFor(REVIEWER, Role.COUNTY_REVIEWER, NEIGHBOUR))
                .isTrue();
        assertThat(AccessPolicy.holdsFor(ADMIN, Role.ADMIN, ABROAD)).isFalse();
        assertThat(AccessPolicy.holdsFor(SYSTEM_ADMIN, Role.SYSTEM_ADMIN, TOWNSHIP))
                .isFalse();
    }

    @Test
    void passwordsAreResetByTheCountysAdminOrForTheInstallationAndTheCountiesAdminsByTheSystemAdmin() {
        assertThat(AccessPolicy.mayResetPassword(ADMIN, 1L, Set.of(Role.DRAFTER)))
                .isTrue();
        assertThat(AccessPolicy.mayResetPassword(ADMIN, 2L, Set.of(Role.DRAFTER)))
                .isFalse();
        assertThat(AccessPolicy.mayResetPassword(ADMIN, null, Set.of(Role.AUDITOR)))
                .isFalse();
        assertThat(AccessPolicy.mayResetPassword(SYSTEM_ADMIN, null, Set.of(Role.AUDITOR)))
                .isTrue();
        assertThat(AccessPolicy.mayResetPassword(SYSTEM_ADMIN, 1L, Set.of(Role.ADMIN)))
                .isTrue();
        assertThat(AccessPolicy.mayResetPassword(SYSTEM_ADMIN, 1L, Set.of(Role.DRAFTER)))
                .isFalse();
    }

    private static void assertForbidden(FlowException e, String key) {
        assertThat(e.kind()).isEqualTo(FlowException.Kind.FORBIDDEN);
        assertThat(e.messageKey()).isEqualTo(key);
    }
}
