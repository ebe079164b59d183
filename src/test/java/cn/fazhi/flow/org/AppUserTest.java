package cn.fazhi.flow.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a user must change their password and when they are locked: the rules on the stored user. */
class AppUserTest {

    private static final Instant SET = Instant.parse("2026-01-10T02:00:00Z");
    private static final Duration NINETY_DAYS = Duration.ofDays(90);

    private static AppUser user(boolean setByAdministrator) {
        return new AppUser("u", "hash", "用户", 1L, null, SET, setByAdministrator);
    }

    @Test
    void aPasswordExpiresAfterItsMaximumAge() {
        AppUser user = user(false);
        assertThat(user.passwordChangeRequired(SET.plus(NINETY_DAYS).minusSeconds(1), NINETY_DAYS))
                .isFalse();
        assertThat(user.passwordChangeRequired(SET.plus(NINETY_DAYS), NINETY_DAYS))
                .isTrue();
        assertThat(user.passwordChangeRequired(SET.plus(Duration.ofDays(3650)), Duration.ZERO))
                .as("zero: never")
                .isFalse();
    }

    @Test
    void aPasswordAnAdministratorSetMustBeChangedAtOnceAndAChangeClearsIt() {
        AppUser user = user(true);
        assertThat(user.passwordChangeRequired(SET, NINETY_DAYS)).isTrue();
        long version = user.getCredentialsVersion();
        user.replacePassword("new", SET.plusSeconds(60), false);
        assertThat(user.passwordChangeRequired(SET.plusSeconds(60), NINETY_DAYS))
                .isFalse();
        assertThat(user.getCredentialsVersion()).isEqualTo(version + 1);
    }

    @Test
    void aDemoAccountNeverHasToChangeItsPassword() {
        AppUser user = user(true);
        user.markDemo();
        assertThat(user.passwordChangeRequired(SET.plus(Duration.ofDays(400)), NINETY_DAYS))
                .isFalse();
    }

    @Test
    void aNewAccountIsNotLocked() {
        assertThat(user(false).lockedAt(SET)).isFalse();
    }
}
