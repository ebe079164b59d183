package cn.fazhi.flow.review;

import java.time.Instant;

/**
 * An open task: the caller's own, or one in a pool the caller may claim. {@code due} is when it is due (null: no
 * deadline), {@code returned} whether a reviewer has returned the report to its township (it waits in its draft).
 */
public record TaskItem(
        String id,
        long reportId,
        String township,
        int year,
        String step,
        String assignee,
        Instant created,
        Instant due,
        boolean returned) {}
