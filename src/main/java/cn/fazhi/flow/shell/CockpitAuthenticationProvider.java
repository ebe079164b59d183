package cn.fazhi.flow.shell;

import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.UserAccount;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Lets the Camunda webapp (Cockpit) trust the application's own login: a system administrator (SYSTEM_ADMIN) signed in
 * through the login form is signed in to Cockpit as the same user, in the {@code camunda-admin} group; anyone else,
 * a county's ADMIN included, is not. Camunda
 * creates it by name from the filter's init parameter, so it is public with a no-argument constructor.
 *
 * <p>Camunda only accepts a user its identity service knows, so the system administrator's Camunda user (with a random
 * password nobody knows: the application's login is the only way in) is created on their first visit.
 */
public class CockpitAuthenticationProvider extends ContainerBasedAuthenticationProvider {

    static final String SYSTEM_ADMIN_ROLE = "ROLE_" + SecurityConfig.SYSTEM_ADMIN;

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || !isSystemAdmin(auth)) {
            return AuthenticationResult.unsuccessful();
        }
        String username = auth.getName();
        ensureCamundaUser(engine.getIdentityService(), username, displayName(request, username));
        AuthenticationResult result = AuthenticationResult.successful(username);
        result.setGroups(List.of(Groups.CAMUNDA_ADMIN));
        return result;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // No challenge: the application's login form is the way in, and Spring Security sends people there.
    }

    static boolean isSystemAdmin(Authentication auth) {
        return auth.getAuthorities().stream().anyMatch(a -> SYSTEM_ADMIN_ROLE.equals(a.getAuthority()));
    }

    private static String displayName(HttpServletRequest request, String username) {
        var context = WebApplicationContextUtils.getWebApplicationContext(request.getServletContext());
        if (context == null) {
            return username;
        }
        return context.getBean(OrgService.class)
                .findUser(username)
                .map(UserAccount::displayName)
                .orElse(username);
    }

    /** Creates the Camunda user and its {@code camunda-admin} membership if missing. */
    static synchronized void ensureCamundaUser(IdentityService identity, String username, String displayName) {
        if (identity.createUserQuery().userId(username).count() == 0) {
            User user = identity.newUser(username);
            user.setFirstName(displayName);
            user.setLastName("");
            user.setPassword(UUID.randomUUID() + "-" + UUID.randomUUID());
            identity.saveUser(user);
        }
        CockpitSetup.ensureAdminGroup(identity);
        if (identity.createGroupQuery()
                        .groupId(Groups.CAMUNDA_ADMIN)
                        .groupMember(username)
                        .count()
                == 0) {
            identity.createMembership(username, Groups.CAMUNDA_ADMIN);
        }
    }
}
