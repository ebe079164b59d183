package cn.fazhi.flow.campaign;

import cn.fazhi.flow.report.ReportStatus;
import java.time.Instant;

/**
 * One township on a campaign's tracking board. {@code step} is the open step (a task key of the report-review
 * diagram, or where it last stood), {@code holder} who holds it (a user name; null while in a pool) and
 * {@code holderName} their name as shown, {@code due} the submission deadline, {@code daysLeft} whole days to it while
 * the report is not submitted (as {@code Deadline.daysLeft} counts them: negative once overdue; null once submitted), {@code overdue}
 * whether the deadline passed before the submission, {@code returns} how many times reviewers returned it.
 */
public record BoardRow(
        long townshipId,
        String township,
        long reportId,
        ReportStatus status,
        String step,
        String holder,
        String holderName,
        Instant submittedAt,
        Instant due,
        Long daysLeft,
        boolean overdue,
        int returns,
        Instant lastActivity) {

    public boolean submitted() {
        return daysLeft == null;
    }

    /** Days past the deadline while not submitted (逾期 N 天: a started day counts as one); null when none. */
    public Long daysOverdue() {
        return daysLeft == null || daysLeft >= 0 ? null : -daysLeft;
    }

    /** Whether the open task waits in its pool for someone to take it (待签收), held by nobody yet. */
    public boolean inPool() {
        return holderName == null && step != null && step.startsWith("Task_");
    }
}
