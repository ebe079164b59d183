package cn.fazhi.flow.notify;

import cn.fazhi.flow.org.Role;
import cn.fazhi.flow.workflow.ReportReviewProcess;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** Who is in a task's pool: its candidate groups, as the report-review diagram names them, turned into roles. */
record Pools(Set<Role> townshipRoles, Set<Role> countyRoles) {

    static Pools of(Collection<String> candidateGroups, long townshipId, long countyId) {
        Set<Role> township = EnumSet.noneOf(Role.class);
        Set<Role> county = EnumSet.noneOf(Role.class);
        for (String group : candidateGroups) {
            ReportReviewProcess.roleOfGroup(group, townshipId, countyId)
                    .ifPresent(role -> (ReportReviewProcess.countyPool(role) ? county : township).add(role));
        }
        return new Pools(Set.copyOf(township), Set.copyOf(county));
    }

    boolean isEmpty() {
        return townshipRoles.isEmpty() && countyRoles.isEmpty();
    }
}
