package cn.fazhi.flow.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Until when a sign-in is refused, as people read it: never an ISO timestamp. */
class SignInRefusedExceptionTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-03T06:20:00Z"), SHANGHAI);

    private static String until(String at, Locale locale) {
        return new SignInRefusedException(SignInRefusedException.Reason.LOCKED, Instant.parse(at))
                .untilText(locale, NOW);
    }

    @Test
    void laterTodayIsTheTimeOfDay() {
        assertThat(until("2026-12-03T06:35:00Z", Locale.SIMPLIFIED_CHINESE)).isEqualTo("14:35");
        assertThat(until("2026-12-03T06:35:00Z", Locale.ENGLISH)).isEqualTo("14:35");
    }

    @Test
    void anotherDayHasItsDateInTheUsersLanguage() {
        assertThat(until("2026-12-03T16:05:00Z", Locale.SIMPLIFIED_CHINESE)).isEqualTo("2026年12月4日 00:05");
        assertThat(until("2026-12-03T16:05:00Z", Locale.ENGLISH)).isEqualTo("Dec 4, 2026 00:05");
    }

    @Test
    void eachReasonHasItsMessage() {
        assertThat(new SignInRefusedException(SignInRefusedException.Reason.THROTTLED, NOW.instant()).messageKey())
                .isEqualTo("error.signIn.throttled");
    }
}
