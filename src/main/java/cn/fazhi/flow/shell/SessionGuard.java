package cn.fazhi.flow.shell;

import cn.fazhi.flow.base.SecurityAction;
import cn.fazhi.flow.base.SecurityEvent;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.SignInAttempts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * ({@code server.servlet.session.timeout}). Vaadin's heartbeats, which an open tab sends every few minutes, and a UI's
 * polls are not activity: without this the container never sees an open tab's session idle.
 */
final class SessionGuard extends OncePerRequestFilter {

    /** The event a UI's poll sends ({@code com.vaadin.flow.component.PollEvent}). */
    static final String POLL = "ui-poll";

    private static final ObjectMapper JSON = new ObjectMapper();

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
    protected void doFilterInternal(HttpServletRequest given, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest request =
                uidl(given) ? new ReadBody(given, given.getInputStream().readAllBytes()) : given;
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
        if (last == null || !(heartbeat(request) || pollOnly(request))) {
            session.setAttribute(LAST_ACTIVITY, now);
        }
        return null;
    }

    /**
     * A Vaadin request that carries nothing but the UI's poll (the notification bell polls every 30 seconds): no
     * activity either, or an open tab would never idle. Reads the body once, for whatever comes after to read again.
     */
    private static boolean pollOnly(HttpServletRequest request) {
        return request instanceof ReadBody read && pollOnly(read.body());
    }

    static boolean pollOnly(byte[] uidl) {
        try {
            JsonNode rpc = JSON.readTree(uidl).path("rpc");
            if (!rpc.isArray() || rpc.isEmpty()) {
                return false;
            }
            for (JsonNode call : rpc) {
                if (!"event".equals(call.path("type").asText())
                        || !POLL.equals(call.path("event").asText())) {
                    return false;
                }
            }
            return true;
        } catch (IOException notJson) {
            return false;
        }
    }

    /** Vaadin's heartbeat: {@code ?v-r=heartbeat}. */
    private static boolean heartbeat(HttpServletRequest request) {
        return vaadinRequest(request, "heartbeat");
    }

    /** A Vaadin round trip ({@code ?v-r=uidl}) of a signed-in session, whose body says what the user did. */
    private static boolean uidl(HttpServletRequest request) {
        return request.getSession(false) != null && vaadinRequest(request, "uidl");
    }

    private static boolean vaadinRequest(HttpServletRequest request, String type) {
        String query = request.getQueryString();
        return query != null && List.of(query.split("&")).contains("v-r=" + type);
    }
}
