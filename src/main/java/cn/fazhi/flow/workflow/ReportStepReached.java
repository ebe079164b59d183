package cn.fazhi.flow.workflow;

/**
 * A report's process has reached a step of the review: a user task, {@link ReportReviewProcess#EVENT_APPROVED} or
 * {@link ReportReviewProcess#END_PUBLISHED}. Published inside the engine's transaction.
 */
public record ReportStepReached(long reportId, String step) {}
