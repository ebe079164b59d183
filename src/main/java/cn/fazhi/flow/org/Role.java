package cn.fazhi.flow.org;

/**
 * What a user does; a user may hold several. The first five work in one county and need it; the last two are the
 * installation's own (三员分立: an AUDITOR holds neither administrator role).
 */
public enum Role {
    DRAFTER,
    TOWNSHIP_LEAD,
    LEGAL_ADVISOR,
    COUNTY_REVIEWER,
    ADMIN,
    /** The installation's operator: counties and their first administrator, the engine's Cockpit and REST API. */
    SYSTEM_ADMIN,
    /** 审计管理员: reads and exports the security log, and nothing else. */
    AUDITOR;

    /** Whether the role works within one county, so that its holder must belong to one. */
    public boolean ofCounty() {
        return this != SYSTEM_ADMIN && this != AUDITOR;
    }
}
