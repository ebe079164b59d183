package cn.fazhi.flow.campaign;

import java.time.Duration;
import java.time.Instant;

/**
 * Whole days to a deadline, the one definition that the board, its .xlsx and every other screen that says 剩 N 天 or
 * 逾期 N 天 share: the days left count only whole days, and once the deadline has passed a started day counts as one
 * (a minute late is 逾期 1 天).
 */
public final class DueDays {

    private static final long DAY = 86_400L;

    private DueDays() {}

    /** Days left before the deadline, whole days only; negative once it has passed (-1 from its first second on). */
    public static long left(Instant now, Instant due) {
        return Math.floorDiv(Duration.between(now, due).toSeconds(), DAY);
    }

    /** Days past the deadline, as 逾期 N 天 says them: 0 before it, 1 from its first second on. */
    public static long overdue(Instant now, Instant due) {
        return Math.max(0, -left(now, due));
    }
}
