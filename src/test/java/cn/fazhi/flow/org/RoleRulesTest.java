package cn.fazhi.flow.org;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fazhi.flow.base.FlowException;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which roles go together (三员分立) and which need a county. */
class RoleRulesTest {

    @Test
    void anAuditorHoldsNeitherAdministratorRole() {
        for (Role admin : EnumSet.of(Role.SYSTEM_ADMIN, Role.ADMIN)) {
            assertThatThrownBy(() -> RoleRules.check(EnumSet.of(Role.AUDITOR, admin), 1L))
                    .isInstanceOf(FlowException.class)
                    .hasMessageContaining("error.user.auditorSeparate");
        }
        assertThatCode(() -> RoleRules.check(EnumSet.of(Role.SYSTEM_ADMIN, Role.ADMIN), 1L))
                .doesNotThrowAnyException();
    }

    @Test
    void countyRolesNeedACountyAndInstallationRolesDoNot() {
        for (Role role : Role.values()) {
            if (role.ofCounty()) {
                assertThatThrownBy(() -> RoleRules.check(Set.of(role), null))
                        .hasMessageContaining("error.user.countyRequired");
            } else {
                assertThatCode(() -> RoleRules.check(Set.of(role), null)).doesNotThrowAnyException();
            }
            assertThatCode(() -> RoleRules.check(Set.of(role), 7L)).doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> RoleRules.check(Set.of(), 7L)).hasMessageContaining("error.user.noRole");
    }
}
