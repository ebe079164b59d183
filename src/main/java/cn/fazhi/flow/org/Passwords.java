package cn.fazhi.flow.org;

import cn.fazhi.flow.base.FlowException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Setting passwords: a user's own choice (by the policy, and none of their last few), an administrator's one-time
 * password, the history of earlier hashes. BCrypt throughout.
 */
@Component
class Passwords {

    /** Letters and digits nobody misreads (no 0/O, 1/l/I), for one-time passwords read off a screen. */
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final int ONE_TIME_LENGTH = 12;

    private final PasswordEncoder encoder;
    private final PasswordHistoryRepository history;
    private final AccountSecurityProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Passwords(
            PasswordEncoder encoder,
            PasswordHistoryRepository history,
            AccountSecurityProperties properties,
            Clock clock) {
        this.encoder = encoder;
        this.history = history;
        this.properties = properties;
        this.clock = clock;
    }

    String hash(String password) {
        return encoder.encode(password);
    }

    boolean matches(String password, AppUser user) {
        return password != null && encoder.matches(password, user.getPasswordHash());
    }

    /** The user's own new password: refused (400) if it breaks the policy or is one of their last passwords. */
    void choose(AppUser user, String password) {
        PasswordPolicy.check(user.getUsername(), password);
        if (recentlyUsed(user, password)) {
            throw FlowException.invalid("error.password.reused", remembered() + 1);
        }
        replace(user, password, false);
    }

    /** A one-time password an administrator hands over: the user must change it at their next sign-in. */
    String reset(AppUser user) {
        String oneTime = oneTime(user.getUsername());
        replace(user, oneTime, true);
        return oneTime;
    }

    /** Whether the password is the current one or one of the earlier ones the history remembers. */
    private boolean recentlyUsed(AppUser user, String password) {
        return matches(password, user)
                || history.findByUserIdOrderByIdDesc(user.getId()).stream()
                        .limit(remembered())
                        .anyMatch(earlier -> encoder.matches(password, earlier.getPasswordHash()));
    }

    private void replace(AppUser user, String password, boolean mustChange) {
        Instant now = clock.instant();
        history.save(new PasswordHistoryEntry(user.getId(), user.getPasswordHash(), now));
        user.replacePassword(encoder.encode(password), now, mustChange);
        List<PasswordHistoryEntry> kept = history.findByUserIdOrderByIdDesc(user.getId());
        if (kept.size() > remembered()) {
            history.deleteAll(kept.subList(remembered(), kept.size()));
        }
    }

    /** How many earlier passwords are kept: the last {@code history} passwords are these and the current one. */
    private int remembered() {
        return Math.max(0, properties.password().history() - 1);
    }

    /**
     * A one-time password for the login, by the password policy: twelve characters with lower and upper case letters
     * and digits, drawn again in the rare case that it contains the login.
     */
    String oneTime(String login) {
        while (true) {
            String candidate = oneTime();
            try {
                PasswordPolicy.check(login, candidate);
                return candidate;
            } catch (FlowException e) {
                // A short login happened to appear in it: draw again.
            }
        }
    }

    /** Twelve characters with lower and upper case letters and digits, so that it meets the policy itself. */
    private String oneTime() {
        String all = LOWER + UPPER + DIGITS;
        StringBuilder password = new StringBuilder(ONE_TIME_LENGTH);
        password.append(pick(LOWER)).append(pick(UPPER)).append(pick(DIGITS));
        while (password.length() < ONE_TIME_LENGTH) {
            password.insert(random.nextInt(password.length() + 1), pick(all));
        }
        return password.toString();
    }

    private char pick(String alphabet) {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }
}
