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
        return (user.has(Role.COUNTY_REVIEWER) || user.has(Role.ADMIN)) && user.countyId() == township.countyId();
    }

    static boolean canDraft(UserAccount user, TownshipInfo township) {
        return user.has(Role.DRAFTER) && user.townshipId() != null && user.townshipId() == township.id();
    }
}
