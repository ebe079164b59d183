package cn.fazhi.flow.org;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fazhi.security.*}: when an account locks and for how long, how many failures one client address may make
 * within a window, and how long a password lasts and how many earlier ones it may not repeat.
 */
@ConfigurationProperties("fazhi.security")
record AccountSecurityProperties(
        @DefaultValue Lockout lockout, @DefaultValue Throttle throttle, @DefaultValue Password password) {

    /** An account locks after {@code maxFailures} consecutive wrong passwords, for {@code duration}. */
    record Lockout(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration duration) {}

    /** A client address that failed {@code maxFailures} times within {@code window} may not try again until then. */
    record Throttle(@DefaultValue("20") int maxFailures, @DefaultValue("10m") Duration window) {}

    /** A password expires after {@code maxAge} (zero: never) and differs from the user's last {@code history}. */
    record Password(@DefaultValue("90d") Duration maxAge, @DefaultValue("5") int history) {}
}
