package cn.fazhi.flow.notify;

import cn.fazhi.flow.org.Role;
import java.util.Set;

/**
 * One thing to tell: to the named users, plus every user holding one of townshipRoles in the report's township
 * (LEGAL_ADVISOR = the advisors assigned to it), plus every user holding one of countyRoles in its county. detail: the
 * urge message for URGED, the due date (ISO yyyy-MM-dd) for reminders and overdue, else null.
 */
public record Notice(
        NotificationKind kind,
        long reportId,
        Set<String> users,
        Set<Role> townshipRoles,
        Set<Role> countyRoles,
        String detail) {}
