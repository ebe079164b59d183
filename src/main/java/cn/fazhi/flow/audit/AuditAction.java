package cn.fazhi.flow.audit;

/** What can happen to a report. */
public enum AuditAction {
    CREATED,
    SUBMITTED,
    PRECHECK_BLOCKED,
    WITHDRAWN,
    CLAIMED,
    APPROVED,
    RETURNED,
    COMMENTED,
    COMMENT_RESOLVED,
    COMMENT_REOPENED,
    CONFIDENTIALITY_CHECKED,
    PUBLISHED,
    URGED,
    /** The campaign's submission deadline passed before the report was submitted. */
    OVERDUE
}
