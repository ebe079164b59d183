package cn.fazhi.flow.shell;

import cn.fazhi.flow.org.SignInAttempts;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a password the way every sign-in must go, through the login form or HTTP Basic: a client address that failed
 * too often waits (no password is checked), a locked account is refused, a wrong password is counted against the
 * address and the account (the fifth in a row locks it), a right one starts the count again. The client address is
 * the request's, which Tomcat takes from {@code X-Forwarded-For} only when a configured proxy sent it. When password
 * sign-in is switched off, a login it is closed to is refused before anything else, and counts against nothing.
 */
final class SignInGuard implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final SignInAttempts attempts;
    private final boolean loginForm;
    private final Predicate<String> passwordAllowed;

    /**
     * {@code loginForm}: a person signing in (written to the security log), not an API call; {@code passwordAllowed}:
     * whether a login may sign in with a password at all (single sign-on only, otherwise), asked before any password
     * is checked.
     */
    SignInGuard(
            AuthenticationProvider passwordCheck,
            SignInAttempts attempts,
            boolean loginForm,
            Predicate<String> passwordAllowed) {
        this.passwordCheck = passwordCheck;
        this.attempts = attempts;
        this.loginForm = loginForm;
        this.passwordAllowed = passwordAllowed;
    }

    SignInGuard(AuthenticationProvider passwordCheck, SignInAttempts attempts, boolean loginForm) {
        this(passwordCheck, attempts, loginForm, login -> true);
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String login = request.getName();
        String address = address(request);
        if (!passwordAllowed.test(login)) {
            attempts.refused(login, SignInAttempts.PASSWORD_SIGN_IN_OFF);
            throw new SignInRefusedException(SignInRefusedException.Reason.PASSWORD_OFF, null);
        }
        Optional<Instant> throttled = attempts.throttledUntil(address);
        if (throttled.isPresent()) {
            attempts.refused(login, SignInAttempts.THROTTLED);
            throw new SignInRefusedException(SignInRefusedException.Reason.THROTTLED, throttled.get());
        }
        Authentication result;
        try {
            result = passwordCheck.authenticate(request);
        } catch (LockedException e) {
            attempts.refused(login, SignInAttempts.LOCKED);
            Optional<Instant> until = attempts.lockedUntil(login);
            throw until.isPresent() ? locked(until.get()) : e;
        } catch (DisabledException e) {
            attempts.refused(login, SignInAttempts.DISABLED);
            throw e;
        } catch (BadCredentialsException e) {
            Optional<Instant> lockedNow = attempts.failed(login, address, SignInAttempts.WRONG_PASSWORD);
            throw lockedNow.isPresent() ? locked(lockedNow.get()) : e;
        }
        if (loginForm) {
            attempts.signedIn(login);
        } else {
            attempts.verified(login);
        }
        return result;
    }

    private static SignInRefusedException locked(Instant until) {
        return new SignInRefusedException(SignInRefusedException.Reason.LOCKED, until);
    }

    /** The client's address as the filters recorded it with the request. */
    private static String address(Authentication request) {
        return request.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
