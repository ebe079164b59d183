package cn.fazhi.flow.audit;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** What can happen to a report. */
public enum AuditAction {
    CREATED,
    SUBMITTED,
    PRECHECK_BLOCKED,
    WITHDRAWN,
    CLAIMED,
    /** A claimed task went back to its pool because its holder was deactivated. */
    RELEASED,
    APPROVED,
    RETURNED,
    COMMENTED,
    COMMENT_RESOLVED,
    COMMENT_REOPENED,
    CONFIDENTIALITY_CHECKED,
    PUBLISHED,
    URGED,
    /** The campaign's submission deadline passed before the report was submitted. */
    OVERDUE;

    /** The process decisions, which the security log shows from the reports' histories (linked, not copied). */
    public static final Set<AuditAction> DECISIONS = Collections.unmodifiableSet(
            EnumSet.of(SUBMITTED, WITHDRAWN, APPROVED, RETURNED, CONFIDENTIALITY_CHECKED, PUBLISHED));
}
