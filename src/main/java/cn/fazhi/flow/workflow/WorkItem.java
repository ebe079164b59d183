package cn.fazhi.flow.workflow;

import java.time.Instant;

/**
 * An open task of a report's review: its id, the process it belongs to, the report, the step (a user task of {@link
 * ReportReviewProcess}), who holds it (null while in its pool), when it was created and when it is due.
 */
public record WorkItem(
        String id,
        String processInstanceId,
        Long reportId,
        String step,
        String assignee,
        Instant created,
        Instant due) {}
