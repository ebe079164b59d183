package cn.fazhi.flow.notify;

/** Why a user is told something. */
public enum NotificationKind {
    TASK_AVAILABLE,
    TASK_ASSIGNED,
    REPORT_RETURNED,
    REPORT_APPROVED,
    SUBMISSION_REMINDER,
    SUBMISSION_OVERDUE,
    REVIEW_REMINDER,
    PUBLICATION_REMINDER,
    URGED
}
