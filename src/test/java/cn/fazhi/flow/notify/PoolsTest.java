package cn.fazhi.flow.notify;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.org.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class PoolsTest {

    @Test
    void eachCandidateGroupOfTheReportsTownshipAndCountyIsARole() {
        Pools pools = Pools.of(
                List.of("township-7-drafter", "township-7-lead", "township-7-advisor", "county-2-reviewer"), 7, 2);
        assertThat(pools.townshipRoles())
                .containsExactlyInAnyOrder(Role.DRAFTER, Role.TOWNSHIP_LEAD, Role.LEGAL_ADVISOR);
        assertThat(pools.countyRoles()).containsExactly(Role.COUNTY_REVIEWER);
        assertThat(pools.isEmpty()).isFalse();
    }

    @Test
    void groupsOfAnotherTownshipOrCountyOrUnknownOnesAreNobody() {
        Pools pools = Pools.of(List.of("township-8-drafter", "county-3-reviewer", "accounting"), 7, 2);
        assertThat(pools.isEmpty()).isTrue();
    }
}
