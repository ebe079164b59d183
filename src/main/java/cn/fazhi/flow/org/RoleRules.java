package cn.fazhi.flow.org;

import cn.fazhi.flow.base.FlowException;
import java.util.Collection;

/** Which roles one account may hold together, and what they need. Pure rules, no I/O. */
final class RoleRules {

    private RoleRules() {}

    /**
     * Refuses (400, translated) a set of roles that breaks a rule: at least one role; an AUDITOR holds neither
     * SYSTEM_ADMIN nor ADMIN (三员分立); a county role needs the user's county.
     */
    static void check(Collection<Role> roles, Long countyId) {
        if (roles.isEmpty()) {
            throw FlowException.invalid("error.user.noRole");
        }
        if (roles.contains(Role.AUDITOR) && (roles.contains(Role.SYSTEM_ADMIN) || roles.contains(Role.ADMIN))) {
            throw FlowException.invalid("error.user.auditorSeparate");
        }
        if (countyId == null && roles.stream().anyMatch(Role::ofCounty)) {
            throw FlowException.invalid("error.user.countyRequired");
        }
    }
}
