package cn.fazhi.flow.shell;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * HTTP Basic for the API without a BCrypt check on every call (about 90 ms of CPU each): a verified credential is
 * remembered for a short while as a salted SHA-256 digest, never in clear. The user's current details (roles,
 * enabled) are loaded on every call, so a disabled account stops at once.
 */
class CachingBasicAuthenticationProvider implements AuthenticationProvider {

    private static final Duration TTL = Duration.ofMinutes(5);

    private final DaoAuthenticationProvider delegate;
    private final UserDetailsService users;
    private final byte[] salt = new byte[16];
    private final Map<String, Instant> verified = new ConcurrentHashMap<>();

    CachingBasicAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder) {
        this.delegate = new DaoAuthenticationProvider(users);
        this.delegate.setPasswordEncoder(encoder);
        this.users = users;
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName();
        Object credentials = authentication.getCredentials();
        String key = digest(name, credentials == null ? "" : credentials.toString());
        Instant until = verified.get(key);
        if (until != null && until.isAfter(Instant.now())) {
            UserDetails user = users.loadUserByUsername(name);
            if (user.isEnabled() && user.isAccountNonLocked()) {
                return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            }
            verified.remove(key);
        }
        Authentication result = delegate.authenticate(authentication);
        if (verified.size() > 10_000) {
            verified.clear();
        }
        verified.put(key, Instant.now().plus(TTL));
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String digest(String name, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
