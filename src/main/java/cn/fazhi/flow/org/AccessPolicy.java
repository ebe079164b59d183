package cn.fazhi.flow.org;

/** Who may see and edit which township's reports. Pure rules, no I/O, so every service asks the same question. */
final class AccessPolicy {

    private AccessPolicy() {}

    static boolean canRead(UserAccount user, TownshipInfo township) {
        if ((user.has(Role.DRAFTER) || user.has(Role.TOWNSHIP_LEAD))
                && user.townshipId() != null
                && user.townshipId() == township.id()) {
            return true;
        }
        if (user.has(Role.LEGAL_ADVISOR) && user.advisedTownships().contains(township.id())) {
            return true;
        }
        return (user.has(Role.COUNTY_REVIEWER) || user.has(Role.ADMIN)) && user.inCounty(township.countyId());
    }

    static boolean canDraft(UserAccount user, TownshipInfo township) {
        return user.has(Role.DRAFTER) && user.townshipId() != null && user.townshipId() == township.id();
    }

    /** Whether the user holds the role for the township (LEGAL_ADVISOR: is assigned to it; county roles: its county). */
    static boolean holdsFor(UserAccount user, Role role, TownshipInfo township) {
        if (!user.has(role)) {
            return false;
        }
        return switch (role) {
            case DRAFTER, TOWNSHIP_LEAD -> user.townshipId() != null && user.townshipId() == township.id();
            case LEGAL_ADVISOR -> user.advisedTownships().contains(township.id());
            case COUNTY_REVIEWER, ADMIN -> user.inCounty(township.countyId());
            case SYSTEM_ADMIN, AUDITOR -> false;
        };
    }
}
