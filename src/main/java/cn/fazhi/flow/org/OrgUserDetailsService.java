package cn.fazhi.flow.org;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the users for the login form and for HTTP Basic (on every API call): locked or not, and whether they must
 * change their password, as of now.
 */
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
        return orgService.principal(user);
    }
}
