package cn.fazhi.flow.org;

/** What a user does in the review of reports; a user may hold several. */
public enum Role {
    DRAFTER,
    TOWNSHIP_LEAD,
    LEGAL_ADVISOR,
    COUNTY_REVIEWER,
    ADMIN
}
