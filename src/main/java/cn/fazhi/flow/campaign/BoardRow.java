package cn.fazhi.flow.campaign;

import cn.fazhi.flow.report.ReportStatus;
import java.time.Instant;

/**
 * One township on a campaign's tracking board. {@code step} is the open step (a task key of the report-review
 * diagram, or where it last stood), {@code holder} who holds it (null while in a pool), {@code due} the submission
 * deadline, {@code daysLeft} whole days to it while the report is not submitted (negative: days overdue, a started day
 * counting as one; null once submitted), {@code overdue} whether the deadline passed before the submission,
 * {@code returns} how many times reviewers returned it.
 */
public record BoardRow(
        long townshipId,
        String township,
        long reportId,
        ReportStatus status,
        String step,
        String holder,
        Instant submittedAt,
        Instant due,
        Long daysLeft,
        boolean overdue,
        int returns,
        Instant lastActivity) {

    public boolean submitted() {
        return daysLeft == null;
    }
}
