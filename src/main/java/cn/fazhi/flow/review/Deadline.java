package cn.fazhi.flow.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a task is due, as its holder reads it at {@code now}: the moment, the last day (a deadline given as a day is
 * stored as the start of the next one, and then means the end of that day), and how many days are left or overdue,
 * counted as the campaign's board counts them ({@link #daysLeft(Instant, Instant)}).
 */
public record Deadline(Instant due, Instant now, ZoneId zone) {

    private static final long DAY = 86_400L;

    /** What a deadline says about the time left: overdue, due today, due tomorrow, or a number of days left. */
    public enum Remaining {
        OVERDUE,
        TODAY,
        TOMORROW,
        DAYS
    }

    public static Deadline of(Instant due, Clock clock) {
        return new Deadline(due, clock.instant(), clock.getZone());
    }

    /**
     * Whole days from {@code now} to {@code due}: whole days while ahead (less than a day left is 0), and negative once
     * late, a started day counting as one (an hour late is -1, "逾期 1 天").
     */
    public static long daysLeft(Instant due, Instant now) {
        return Math.floorDiv(Duration.between(now, due).toSeconds(), DAY);
    }

    public long daysLeft() {
        return daysLeft(due, now);
    }

    public boolean overdue() {
        return daysLeft() < 0;
    }

    /** Whether the deadline is the end of a day (stored as midnight), so that the day alone says it. */
    public boolean endOfDay() {
        return due.atZone(zone).toLocalTime().equals(LocalTime.MIDNIGHT);
    }

    /** The day the deadline falls on: for the end of a day, that day (not the midnight after it). */
    public LocalDate lastDay() {
        ZonedDateTime at = due.atZone(zone);
        return endOfDay() ? at.toLocalDate().minusDays(1) : at.toLocalDate();
    }

    /** What to say of the time left; {@link #days()} gives the number for {@code OVERDUE} and {@code DAYS}. */
    public Remaining remaining() {
        long left = daysLeft();
        if (left < 0) {
            return Remaining.OVERDUE;
        }
        if (left > 0) {
            return Remaining.DAYS;
        }
        return lastDay().equals(now.atZone(zone).toLocalDate()) ? Remaining.TODAY : Remaining.TOMORROW;
    }

    /** The days left, or overdue: never negative. */
    public long days() {
        return Math.abs(daysLeft());
    }
}
