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
            if (group.equals(ReportReviewProcess.drafterGroup(townshipId))) {
                township.add(Role.DRAFTER);
            } else if (group.equals(ReportReviewProcess.leadGroup(townshipId))) {
                township.add(Role.TOWNSHIP_LEAD);
            } else if (group.equals(ReportReviewProcess.advisorGroup(townshipId))) {
                township.add(Role.LEGAL_ADVISOR);
            } else if (group.equals(ReportReviewProcess.countyReviewerGroup(countyId))) {
                county.add(Role.COUNTY_REVIEWER);
            }
        }
        return new Pools(Set.copyOf(township), Set.copyOf(county));
    }

    boolean isEmpty() {
        return townshipRoles.isEmpty() && countyRoles.isEmpty();
    }
}
