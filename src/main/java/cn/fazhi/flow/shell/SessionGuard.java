package cn.fazhi.flow.shell;

import cn.fazhi.flow.base.SecurityAction;
import cn.fazhi.flow.base.SecurityEvent;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.SignInAttempts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session (the user signs in again) when its password has changed since it began, here or on
 * another node (one small query per request), or when it has been idle longer than the session timeout
 * ({@code server.servlet.session.timeout}). Vaadin's heartbeats, which an open tab sends every few minutes, are not
 * activity: without this the container never sees an open tab's session idle.
 */
final class SessionGuard extends OncePerRequestFilter {

    static final String LAST_ACTIVITY = SessionGuard.class.getName() + ".lastActivity";

    private final OrgService org;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionGuard(OrgService org, ApplicationEventPublisher events, Clock clock) {
        this.org = org;
        this.events = events;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && auth != null && !(auth instanceof AnonymousAuthenticationToken)) {
            String ended = reasonToEnd(request, session);
            if (ended != null) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                events.publishEvent(SecurityEvent.succeeded(
                        SecurityAction.SIGN_OUT, auth.getName(), SignInAttempts.target(auth.getName()), ended));
            }
        }
        chain.doFilter(request, response);
    }

    /** Why the session ends now (the security log's detail), or null if it goes on. */
    private String reasonToEnd(HttpServletRequest request, HttpSession session) {
        Instant now = clock.instant();
        Instant last = (Instant) session.getAttribute(LAST_ACTIVITY);
        int timeout = session.getMaxInactiveInterval();
        if (last != null && timeout > 0 && !last.plusSeconds(timeout).isAfter(now)) {
            return "security.detail.idle";
        }
        if (!org.credentialsCurrent()) {
            return "security.detail.passwordChanged";
        }
        if (last == null || !heartbeat(request)) {
            session.setAttribute(LAST_ACTIVITY, now);
        }
        return null;
    }

    /** Vaadin's heartbeat: {@code ?v-r=heartbeat}. */
    private static boolean heartbeat(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && List.of(query.split("&")).contains("v-r=heartbeat");
    }
}
