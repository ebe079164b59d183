package cn.fazhi.flow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's clock in tests that need time to pass without waiting: the system's time, moved forward by
 * however far a test moved it, or stopped at a moment a test chose.
 */
public final class MovableClock extends Clock {

    private final ZoneId zone = ZoneId.systemDefault();
    private volatile Duration offset = Duration.ZERO;
    private volatile Instant stopped;

    /** Moves the time forward (locks end, windows pass, sessions idle). */
    public void moveBy(Duration duration) {
        offset = offset.plus(duration);
    }

    /** Stops the time at a moment, until {@link #release}. */
    public void stopAt(Instant at) {
        stopped = at;
    }

    public void release() {
        stopped = null;
    }

    @Override
    public Instant instant() {
        Instant at = stopped;
        return (at == null ? Instant.now() : at).plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("one zone in the tests");
    }
}
