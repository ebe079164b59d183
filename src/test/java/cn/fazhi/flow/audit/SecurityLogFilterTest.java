package cn.fazhi.flow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.base.SecurityAction;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** How the API's filter parameters are read. */
class SecurityLogFilterTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void daysAreWholeInTheServersZoneAndTimesMayCarryAnOffset() {
        SecurityLogFilter days = SecurityLogFilter.parse("2026-12-01", "2026-12-01", null, null, null, SHANGHAI);
        assertThat(days.from()).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
        assertThat(days.to()).isEqualTo(Instant.parse("2026-12-01T16:00:00Z"));
        SecurityLogFilter times =
                SecurityLogFilter.parse("2026-12-01T08:30", "2026-12-01T08:30:00Z", null, null, null, SHANGHAI);
        assertThat(times.from()).isEqualTo(Instant.parse("2026-12-01T00:30:00Z"));
        assertThat(times.to()).isEqualTo(Instant.parse("2026-12-01T08:30:00Z"));
    }

    @Test
    void blanksMatchEverythingAndNamesAreReadInAnyCase() {
        SecurityLogFilter filter = SecurityLogFilter.parse("", " ", "  ", "", null, SHANGHAI);
        assertThat(filter).isEqualTo(SecurityLogFilter.ALL);
        SecurityLogFilter named = SecurityLogFilter.parse(null, null, " drafter1 ", "sign_in", "failure", SHANGHAI);
        assertThat(named.user()).isEqualTo("drafter1");
        assertThat(named.action()).isEqualTo("SIGN_IN");
        assertThat(named.success()).isFalse();
        assertThat(SecurityLogFilter.parse(null, null, null, "approved", "Success", SHANGHAI)
                        .success())
                .isTrue();
    }

    @Test
    void theActionsAreTheSecurityActionsThenTheDecisions() {
        assertThat(SecurityLogFilter.actions())
                .startsWith(SecurityAction.SIGN_IN.name())
                .contains(SecurityAction.LOG_PURGED.name())
                .endsWith("SUBMITTED", "WITHDRAWN", "APPROVED", "RETURNED", "CONFIDENTIALITY_CHECKED", "PUBLISHED")
                .doesNotContain("COMMENTED", "CREATED");
    }

    @Test
    void anythingElseIsRefusedWithAKey() {
        assertThatThrownBy(() -> SecurityLogFilter.parse("1.12.2026", null, null, null, null, SHANGHAI))
                .isInstanceOf(FlowException.class)
                .hasMessageStartingWith("audit.error.badTime");
        assertThatThrownBy(() -> SecurityLogFilter.parse(null, null, null, "COMMENTED", null, SHANGHAI))
                .hasMessageStartingWith("audit.error.unknownAction");
        assertThatThrownBy(() -> SecurityLogFilter.parse(null, null, null, null, "ok", SHANGHAI))
                .hasMessageStartingWith("audit.error.unknownResult");
        assertThatThrownBy(() -> SecurityLogFilter.parse("2026-12-02", "2026-12-01", null, null, null, SHANGHAI))
                .hasMessageStartingWith("audit.error.timeRange");
    }
}
