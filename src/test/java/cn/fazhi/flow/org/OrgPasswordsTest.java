package cn.fazhi.flow.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fazhi.flow.AbstractViewTest;
import cn.fazhi.flow.base.FlowException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.AbstractObjectAssert;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Passwords through the organisation's service (in the view tests' application context): who must change theirs,
 * changing one's own (policy, the last five, a wrong current password), an administrator's reset and who may do it,
 * and which sessions a change ends.
 */
class OrgPasswordsTest extends AbstractViewTest {

    private static final String START = "Start#2024a";

    @Autowired
    OrgService org;

    /** A county reviewer of the demo county, set up with nobody signed in (as at start-up). */
    private String user(String login, Role role) {
        logout();
        long county = org.countyId("SFX").orElseThrow();
        org.createUser(login, START, login, null, county, null, EnumSet.of(role), Set.of());
        return login;
    }

    private static AbstractObjectAssert<?, String> refusal(Runnable change) {
        return assertThatThrownBy(change::run).isInstanceOf(FlowException.class).extracting(e -> ((FlowException) e)
                .messageKey());
    }

    @Test
    void aPasswordSetAtStartUpStandsAndOneAnAdministratorSetMustBeChanged() {
        login(user("pw-startup", Role.COUNTY_REVIEWER));
        assertThat(org.passwordChangeRequired()).isFalse();

        long county = org.countyId("SFX").orElseThrow();
        login("admin");
        org.createUser("pw-byadmin", START, "管理员所建", null, county, null, EnumSet.of(Role.DRAFTER), Set.of());
        login("pw-byadmin");
        assertThat(org.passwordChangeRequired()).isTrue();
        assertThat(org.me().passwordChangeRequired()).isTrue();

        org.changePassword(START, "Mine#2024b");
        assertThat(org.passwordChangeRequired()).as("this session, at once").isFalse();
        login("pw-byadmin");
        assertThat(org.passwordChangeRequired()).as("a new sign-in").isFalse();
    }

    @Test
    void aNewPasswordMeetsThePolicyAndTheCurrentOneIsAsked() {
        login(user("pw-policy", Role.COUNTY_REVIEWER));
        refusal(() -> org.changePassword(START, "short")).isEqualTo("error.password.tooShort");
        refusal(() -> org.changePassword(START, "alllowercase")).isEqualTo("error.password.kinds");
        refusal(() -> org.changePassword(START, "My-pw-policy-1")).isEqualTo("error.password.containsLogin");
        refusal(() -> org.changePassword("Wrong#2024a", "Fine#2024b")).isEqualTo("error.password.currentWrong");
        refusal(() -> org.changePassword(null, "Fine#2024b")).isEqualTo("error.password.currentWrong");
        assertThatCode(() -> org.changePassword(START, "Fine#2024b")).doesNotThrowAnyException();
    }

    @Test
    void aNewPasswordIsNoneOfTheLastFive() {
        login(user("pw-history", Role.COUNTY_REVIEWER));
        List<String> passwords = List.of("Pass#0001a", "Pass#0002a", "Pass#0003a", "Pass#0004a", "Pass#0005a");
        org.changePassword(START, passwords.get(0));
        org.changePassword(passwords.get(0), passwords.get(1));
        org.changePassword(passwords.get(1), passwords.get(2));
        org.changePassword(passwords.get(2), passwords.get(3));
        // The last five: 4, 3, 2, 1 and the start password.
        refusal(() -> org.changePassword(passwords.get(3), START)).isEqualTo("error.password.reused");
        refusal(() -> org.changePassword(passwords.get(3), passwords.get(3))).isEqualTo("error.password.reused");
        org.changePassword(passwords.get(3), passwords.get(4));
        // The last five: 5, 4, 3, 2, 1: the start password is the sixth.
        assertThatCode(() -> org.changePassword(passwords.get(4), START)).doesNotThrowAnyException();
    }

    @Test
    void wrongCurrentPasswordsLockTheAccountLikeWrongSignIns() {
        login(user("pw-guess", Role.COUNTY_REVIEWER));
        for (int i = 0; i < 5; i++) {
            int attempt = i;
            refusal(() -> org.changePassword("guess" + attempt, "Fine#2024b")).isEqualTo("error.password.currentWrong");
        }
        refusal(() -> org.changePassword(START, "Fine#2024b")).isEqualTo("error.password.locked");
    }

    @Test
    void aChangeEndsTheUsersOtherSessionsButNotThisOne() {
        login(user("pw-sessions", Role.COUNTY_REVIEWER));
        Authentication elsewhere = SecurityContextHolder.getContext().getAuthentication();
        login("pw-sessions");
        assertThat(org.credentialsCurrent()).isTrue();

        org.changePassword(START, "Fine#2024b");
        assertThat(org.credentialsCurrent()).as("the session that changed it").isTrue();
        SecurityContextHolder.getContext().setAuthentication(elsewhere);
        assertThat(org.credentialsCurrent()).as("another session").isFalse();
    }

    @Test
    void aCountysAdministratorResetsItsUsersPasswords() {
        String login = user("pw-reset", Role.COUNTY_REVIEWER);
        login(login);
        Authentication before = SecurityContextHolder.getContext().getAuthentication();

        login("admin");
        String oneTime = org.resetPassword(login);
        assertThatCode(() -> PasswordPolicy.check(login, oneTime)).doesNotThrowAnyException();
        assertThat(oneTime).hasSize(12);
        SecurityContextHolder.getContext().setAuthentication(before);
        assertThat(org.credentialsCurrent()).as("the user's sessions end").isFalse();
        login(login);
        assertThat(org.passwordChangeRequired()).isTrue();
        org.changePassword(oneTime, "Fine#2024b");
        assertThat(org.passwordChangeRequired()).isFalse();
    }

    @Test
    void onlyTheRightAdministratorResetsAPassword() {
        String reviewer = user("pw-reset-who", Role.COUNTY_REVIEWER);
        String countyAdmin = user("pw-reset-admin", Role.ADMIN);
        logout();
        org.createUser("pw-reset-auditor", START, "审计", null, null, null, EnumSet.of(Role.AUDITOR), Set.of());

        login("drafter1");
        refusal(() -> org.resetPassword(reviewer)).isEqualTo("error.noAccess");
        login("shenqiu");
        refusal(() -> org.resetPassword(reviewer))
                .as("another county's administrator")
                .isEqualTo("error.noAccess");
        login("admin");
        refusal(() -> org.resetPassword("admin")).as("one's own").isEqualTo("error.noAccess");
        refusal(() -> org.resetPassword("pw-reset-auditor")).isEqualTo("error.noAccess");
        refusal(() -> org.resetPassword("pw-nobody")).isEqualTo("error.userNotFound");
        login("sysadmin");
        refusal(() -> org.resetPassword(reviewer)).as("a county's own user").isEqualTo("error.noAccess");
        assertThat(org.resetPassword(countyAdmin)).hasSize(12);
        assertThat(org.resetPassword("pw-reset-auditor")).hasSize(12);
        login("auditor");
        refusal(() -> org.resetPassword(reviewer)).isEqualTo("error.noAccess");
    }

    @Test
    void onlyTheStartUpMarksDemoAccounts() {
        login("admin");
        refusal(() -> org.markDemoAccounts(List.of("admin"))).isEqualTo("error.noAccess");
    }

    @Test
    void whoAmI() {
        login("drafter1");
        MyAccount me = org.me();
        assertThat(me.login()).isEqualTo("drafter1");
        assertThat(me.name()).isEqualTo("太要镇起草人");
        assertThat(me.roles()).containsExactly(Role.DRAFTER);
        assertThat(me.county()).isEqualTo("示范县");
        assertThat(me.township()).isEqualTo("太要镇");
        assertThat(me.passwordChangeRequired()).isFalse();
        login("sysadmin");
        assertThat(org.me().county()).isNull();
    }
}
