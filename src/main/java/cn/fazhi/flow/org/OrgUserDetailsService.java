package cn.fazhi.flow.org;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads the users for the login form and for HTTP Basic. */
@Component
class OrgUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final OrgService orgService;

    OrgUserDetailsService(AppUserRepository users, OrgService orgService) {
        this.users = users;
        this.orgService = orgService;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return new SignedInUser(orgService.account(user), user.getPasswordHash(), user.isEnabled());
    }
}
