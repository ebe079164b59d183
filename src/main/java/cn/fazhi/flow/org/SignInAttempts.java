package cn.fazhi.flow.org;

import cn.fazhi.flow.base.SecurityAction;
import cn.fazhi.flow.base.SecurityEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outcome of sign-ins, counted in the database so that every node counts alike: consecutive wrong passwords lock
 * an account for a while ({@code fazhi.security.lockout}), failures from one client address within a window make that
 * address wait ({@code fazhi.security.throttle}), a verified password starts the count again. Each failure, lock and
 * sign-in through the login form goes to the security log.
 */
@Service
@EnableConfigurationProperties(AccountSecurityProperties.class)
public class SignInAttempts {

    // Why a sign-in failed, as the security log's detail: a translation key for the log's reader.
    public static final String WRONG_PASSWORD = "security.detail.wrongPassword";
    public static final String LOCKED = "security.detail.locked";
    public static final String THROTTLED = "security.detail.throttled";
    public static final String DISABLED = "security.detail.disabled";
    public static final String PASSWORD_SIGN_IN_OFF = "security.detail.passwordSignInOff";
    public static final String WRONG_CURRENT_PASSWORD = "security.detail.wrongCurrentPassword";

    /** The longest login there is (app_user.username). */
    private static final int MAX_LOGIN = 64;

    private final AppUserRepository users;
    private final SignInFailureRepository failures;
    private final ApplicationEventPublisher events;
    private final AccountSecurityProperties properties;
    private final Clock clock;

    SignInAttempts(
            AppUserRepository users,
            SignInFailureRepository failures,
            ApplicationEventPublisher events,
            AccountSecurityProperties properties,
            Clock clock) {
        this.users = users;
        this.failures = failures;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** When sign-ins from the client address are taken again, if it failed too often within the window. */
    @Transactional(readOnly = true)
    public Optional<Instant> throttledUntil(String address) {
        var throttle = properties.throttle();
        List<SignInFailure> latest = failures.findByClientAddressAndFailedAtAfterOrderByFailedAtDesc(
                address, clock.instant().minus(throttle.window()), Limit.of(throttle.maxFailures()));
        if (latest.size() < throttle.maxFailures()) {
            return Optional.empty();
        }
        return Optional.of(latest.get(latest.size() - 1).getFailedAt().plus(throttle.window()));
    }

    /**
     * A wrong password (or an unknown login) from a client address (null: not from a sign-in, so the address is not
     * counted): counted for the address and the account. Answers when the account's lock ends if this failure locked
     * it. Committed on its own, whatever becomes of the caller's transaction.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Instant> failed(String login, String address, String detail) {
        Instant now = clock.instant();
        if (address != null) {
            failures.deleteOlderThan(now.minus(properties.throttle().window()));
            failures.save(new SignInFailure(address, now));
        }
        events.publishEvent(SecurityEvent.failed(SecurityAction.SIGN_IN_FAILED, actor(login), target(login), detail));
        if (users.addFailedSignIn(login) == 0) {
            return Optional.empty();
        }
        var lockout = properties.lockout();
        Instant until = now.plus(lockout.duration());
        if (users.lockIfFailedAtLeast(login, lockout.maxFailures(), until) == 0) {
            return Optional.empty();
        }
        events.publishEvent(SecurityEvent.succeeded(
                SecurityAction.ACCOUNT_LOCKED, actor(login), target(login), "security.detail.tooManyFailures"));
        return Optional.of(until);
    }

    /** A sign-in refused before its password was checked (account locked or disabled, address throttled). */
    public void refused(String login, String detail) {
        events.publishEvent(SecurityEvent.failed(SecurityAction.SIGN_IN_FAILED, actor(login), target(login), detail));
    }

    /** A single sign-on the county's platform vouched for, refused here (unknown or deactivated account). */
    public void refusedSso(String login, String detail) {
        events.publishEvent(SecurityEvent.failed(SecurityAction.SSO_REFUSED, actor(login), target(login), detail));
    }

    /** When the account's lock ends, if it is locked now. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String login) {
        Instant now = clock.instant();
        return users.findLockedUntil(login).filter(now::isBefore);
    }

    /** A verified password (HTTP Basic): the account's failures count from zero again. */
    @Transactional
    public void verified(String login) {
        users.clearFailedSignIns(login);
    }

    /** A sign-in through the login form: as {@link #verified}, and written to the security log. */
    @Transactional
    public void signedIn(String login) {
        verified(login);
        events.publishEvent(SecurityEvent.succeeded(SecurityAction.SIGN_IN, login, target(login), ""));
    }

    /** A login as tried, cut to the length a login can have (an attacker may send anything). */
    private static String actor(String login) {
        return login.length() <= MAX_LOGIN ? login : login.substring(0, MAX_LOGIN);
    }

    /** The security log's reference to an account. */
    public static String target(String login) {
        return "user:" + actor(login);
    }
}
