package cn.fazhi.flow.org;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The Spring Security principal: the account plus its password hash for the login check, whether it is locked, the
 * version of its credentials when it was loaded (a session holds it, and ends when the stored one has moved on) and
 * whether the user must change their password before doing anything else (never after a single sign-on).
 */
final class SignedInUser implements UserDetails {

    private final UserAccount account;
    private final String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final long credentialsVersion;
    private final boolean passwordChangeRequired;
    private final boolean singleSignOn;

    private SignedInUser(
            UserAccount account,
            String passwordHash,
            boolean enabled,
            boolean locked,
            long credentialsVersion,
            boolean passwordChangeRequired,
            boolean singleSignOn) {
        this.account = account;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
        this.credentialsVersion = credentialsVersion;
        this.passwordChangeRequired = passwordChangeRequired;
        this.singleSignOn = singleSignOn;
    }

    /** The user as stored, at a moment and under the password expiry. */
    static SignedInUser of(AppUser user, UserAccount account, Instant now, Duration maxAge) {
        return new SignedInUser(
                account,
                user.getPasswordHash(),
                user.isEnabled(),
                user.lockedAt(now),
                user.getCredentialsVersion(),
                user.passwordChangeRequired(now, maxAge),
                false);
    }

    /**
     * The user as stored, signed in through the county's single sign-on: no local password was used, so none has to be
     * changed first.
     */
    static SignedInUser viaSingleSignOn(AppUser user, UserAccount account, Instant now) {
        return new SignedInUser(
                account,
                user.getPasswordHash(),
                user.isEnabled(),
                user.lockedAt(now),
                user.getCredentialsVersion(),
                false,
                true);
    }

    UserAccount account() {
        return account;
    }

    long credentialsVersion() {
        return credentialsVersion;
    }

    boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    boolean singleSignOn() {
        return singleSignOn;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = account.roles().stream()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name()))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }
}
