package cn.fazhi.flow.org;

import cn.fazhi.flow.base.FlowException;
import java.util.Set;

/**
 * Who may do what: every access question of the application, named, in one place. Pure rules, no I/O, so every
 * service and view asks the same question. Each {@code may…}/{@code is…} question has a {@code require…} form that
 * refuses with 403 and the translation key the caller's feature names (its users keep seeing the same message).
 * Questions that need a lookup first (a township by id, a report by id) are answered by {@link
 * OrgService#requireReadable} and {@link OrgService#requireDraftable} and by the report feature on top of them.
 */
public final class AccessPolicy {

    /** The roles that review a report and may therefore resolve or reopen the comments on it. */
    private static final Set<Role> REVIEWERS =
            Set.of(Role.TOWNSHIP_LEAD, Role.LEGAL_ADVISOR, Role.COUNTY_REVIEWER, Role.ADMIN);

    private AccessPolicy() {}

    // --- reports of a township ---

    /** May see the township's reports: its drafters and lead, its legal advisors, its county's reviewers and ADMINs. */
    public static boolean mayRead(UserAccount user, TownshipInfo township) {
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

    /** May write the township's reports: a DRAFTER of that township. */
    public static boolean mayDraft(UserAccount user, long townshipId) {
        return user.has(Role.DRAFTER) && user.townshipId() != null && user.townshipId() == townshipId;
    }

    /** Is the lead of the township (TOWNSHIP_LEAD of that township). */
    public static boolean isLeadOf(UserAccount user, long townshipId) {
        return user.has(Role.TOWNSHIP_LEAD) && user.townshipId() != null && user.townshipId() == townshipId;
    }

    /** May open a township's report for a year: the township's drafter or its county's ADMIN. */
    public static boolean mayOpenReport(UserAccount user, TownshipInfo township) {
        return mayDraft(user, township.id()) || isCountyAdmin(user, township.countyId());
    }

    /** 403 with the key unless the user may open the township's report. */
    public static void requireMayOpenReport(UserAccount user, TownshipInfo township, String messageKey) {
        require(mayOpenReport(user, township), messageKey);
    }

    /**
     * Whether the user holds the role for the township (LEGAL_ADVISOR: is assigned to it; county roles: its county);
     * the question behind "may review this step" for the role the step asks for.
     */
    public static boolean holdsFor(UserAccount user, Role role, TownshipInfo township) {
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

    /** Reviews reports in some role (TOWNSHIP_LEAD, LEGAL_ADVISOR, COUNTY_REVIEWER or ADMIN). */
    public static boolean isReviewer(UserAccount user) {
        return user.roles().stream().anyMatch(REVIEWERS::contains);
    }

    /** 403 with the key unless the user reviews reports in some role. */
    public static void requireReviewer(UserAccount user, String messageKey) {
        require(isReviewer(user), messageKey);
    }

    // --- a county ---

    /** Is the ADMIN of a county (their own; which one is {@link UserAccount#county()}). */
    public static boolean isCountyAdmin(UserAccount user) {
        return user.has(Role.ADMIN) && user.countyId() != null;
    }

    /** 403 with the key unless the user is the ADMIN of a county. */
    public static void requireCountyAdmin(UserAccount user, String messageKey) {
        require(isCountyAdmin(user), messageKey);
    }

    /** Is an ADMIN of this county. */
    public static boolean isCountyAdmin(UserAccount user, long countyId) {
        return user.has(Role.ADMIN) && user.inCounty(countyId);
    }

    /** 403 with the key unless the user is an ADMIN of this county. */
    public static void requireCountyAdmin(UserAccount user, long countyId, String messageKey) {
        require(isCountyAdmin(user, countyId), messageKey);
    }

    /** Works for a county as ADMIN or COUNTY_REVIEWER (the campaign board, urging). */
    public static boolean isCountyStaff(UserAccount user) {
        return user.has(Role.ADMIN) || user.has(Role.COUNTY_REVIEWER);
    }

    /** 403 with the key unless the user is an ADMIN or COUNTY_REVIEWER. */
    public static void requireCountyStaff(UserAccount user, String messageKey) {
        require(isCountyStaff(user), messageKey);
    }

    /** May see this county's campaigns and their boards: its ADMINs and COUNTY_REVIEWERs. */
    public static boolean maySeeBoard(UserAccount user, long countyId) {
        return isCountyStaff(user) && user.inCounty(countyId);
    }

    /** 403 with the key unless the user may see this county's campaigns. */
    public static void requireMaySeeBoard(UserAccount user, long countyId, String messageKey) {
        require(maySeeBoard(user, countyId), messageKey);
    }

    /** May urge the holders of a report of this county (催办): its ADMINs and COUNTY_REVIEWERs. */
    public static boolean mayUrge(UserAccount user, long countyId) {
        return isCountyStaff(user) && user.inCounty(countyId);
    }

    /** 403 with the key unless the user may urge a report of this county. */
    public static void requireMayUrge(UserAccount user, long countyId, String messageKey) {
        require(mayUrge(user, countyId), messageKey);
    }

    /** May publish a report of this county (whether the report is ready is the publishing feature's question). */
    public static boolean mayPublish(UserAccount user, long countyId) {
        return isCountyAdmin(user, countyId);
    }

    /** 403 with the key unless the user may publish a report of this county. */
    public static void requireMayPublish(UserAccount user, long countyId, String messageKey) {
        require(mayPublish(user, countyId), messageKey);
    }

    // --- the installation ---

    /** Is the installation's SYSTEM_ADMIN. */
    public static boolean isSystemAdmin(UserAccount user) {
        return user.has(Role.SYSTEM_ADMIN);
    }

    /** 403 with the key unless the user is the installation's SYSTEM_ADMIN. */
    public static void requireSystemAdmin(UserAccount user, String messageKey) {
        require(isSystemAdmin(user), messageKey);
    }

    /** Is an AUDITOR (the security log, the audit pages). */
    public static boolean isAuditor(UserAccount user) {
        return user.has(Role.AUDITOR);
    }

    /** 403 with the key unless the user is an AUDITOR. */
    public static void requireAuditor(UserAccount user, String messageKey) {
        require(isAuditor(user), messageKey);
    }

    /**
     * May reset the password of an account of this county (null: an account of the installation), which holds these
     * roles: the county's ADMIN for their county's users, the SYSTEM_ADMIN for the installation's accounts and the
     * counties' ADMINs.
     */
    static boolean mayResetPassword(UserAccount user, Long accountCounty, Set<Role> accountRoles) {
        if (accountCounty == null) {
            return isSystemAdmin(user);
        }
        return isCountyAdmin(user, accountCounty) || (isSystemAdmin(user) && accountRoles.contains(Role.ADMIN));
    }

    private static void require(boolean allowed, String messageKey) {
        if (!allowed) {
            throw FlowException.forbidden(messageKey);
        }
    }
}
