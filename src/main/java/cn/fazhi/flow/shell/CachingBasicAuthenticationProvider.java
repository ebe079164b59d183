package cn.fazhi.flow.shell;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * HTTP Basic for the API without a BCrypt check on every call (about 90 ms of CPU each): a verified credential is
 * remembered for a short while as a salted SHA-256 digest, never in clear. The user is loaded on every call, and the
 * digest covers the password hash stored now: once the password is changed or reset, on whichever node, the old one
 * matches nothing here and goes through the full check again (and fails). A disabled or locked account stops at
 * once. Calls that miss go through the {@link SignInGuard}.
 */
class CachingBasicAuthenticationProvider implements AuthenticationProvider {

    private static final Duration TTL = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private final UserDetailsService users;
    private final AuthenticationProvider guard;
    private final Clock clock;
    private final byte[] salt = new byte[16];
    private final Map<String, Instant> verified = new ConcurrentHashMap<>();

    CachingBasicAuthenticationProvider(UserDetailsService users, AuthenticationProvider guard, Clock clock) {
        this.users = users;
        this.guard = guard;
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName();
        Object credentials = authentication.getCredentials();
        String password = credentials == null ? "" : credentials.toString();
        UserDetails user = find(name);
        if (user == null) {
            return guard.authenticate(authentication);
        }
        String key = digest(name, password, user.getPassword());
        Instant until = verified.get(key);
        if (until != null && until.isAfter(clock.instant()) && user.isEnabled() && user.isAccountNonLocked()) {
            return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        }
        Authentication result = guard.authenticate(authentication);
        if (verified.size() > MAX_ENTRIES) {
            verified.clear();
        }
        verified.put(key, clock.instant().plus(TTL));
        return result;
    }

    private UserDetails find(String name) {
        try {
            return users.loadUserByUsername(name);
        } catch (UsernameNotFoundException e) {
            return null;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String digest(String name, String password, String storedHash) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            for (String part : new String[] {name, password, storedHash}) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
