package cn.fazhi.flow.review;

import java.time.Instant;

/** An open task: the caller's own, or one in a pool the caller may claim. */
public record TaskItem(
        String id,
        long reportId,
        String township,
        int year,
        String step,
        String assignee,
        Instant created,
        Instant due) {}
