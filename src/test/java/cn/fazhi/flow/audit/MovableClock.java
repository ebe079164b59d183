package cn.fazhi.flow.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The application's clock in the security log's tests: the system's time, unless a test stops it at a moment. */
final class MovableClock extends Clock {

    private final ZoneId zone = ZoneId.systemDefault();
    private volatile Instant fixed;

    void stopAt(Instant at) {
        fixed = at;
    }

    void release() {
        fixed = null;
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at == null ? Instant.now() : at;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("one zone");
    }
}
