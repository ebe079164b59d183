package cn.fazhi.flow.org;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The Spring Security principal: the account plus its password hash for the login check. */
final class SignedInUser implements UserDetails {

    private final UserAccount account;
    private final String passwordHash;
    private final boolean enabled;

    SignedInUser(UserAccount account, String passwordHash, boolean enabled) {
        this.account = account;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    UserAccount account() {
        return account;
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
}
