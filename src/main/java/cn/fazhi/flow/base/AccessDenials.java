package cn.fazhi.flow.base;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * Tells the security log of every permission denial (403), wherever it surfaces: the REST API's error answers, Spring
 * Security's filter chains, and the UI's error pages and notifications. The reason is kept in Chinese, the log's
 * language, whatever language the refused user reads.
 */
@Component
public class AccessDenials {

    private final ApplicationEventPublisher events;
    private final Messages messages;

    AccessDenials(ApplicationEventPublisher events, Messages messages) {
        this.events = events;
        this.messages = messages;
    }

    /** Records that the signed-in user (or nobody) was refused {@code target}, for the reason a key names. */
    public void record(String target, String reasonKey, Object... args) {
        events.publishEvent(SecurityEvent.failed(
                SecurityAction.ACCESS_DENIED, currentLogin(), target, messages.get(Messages.CHINESE, reasonKey, args)));
    }

    /** The target of a refused HTTP request: its method and path. */
    public static String target(HttpServletRequest request) {
        return request.getMethod() + " " + request.getRequestURI();
    }

    /** For Spring Security's own refusals in a filter chain: records them, then answers 403 as Spring Security does. */
    public AccessDeniedHandler handler() {
        return handler(new AccessDeniedHandlerImpl());
    }

    /** For Spring Security's own refusals in a filter chain: records them, then answers as {@code answer} does. */
    public AccessDeniedHandler handler(AccessDeniedHandler answer) {
        return (request, response, denied) -> {
            record(target(request), denied instanceof CsrfException ? "security.denied.csrf" : "security.denied.role");
            answer.handle(request, response, denied);
        };
    }

    /** The signed-in user's login, or {@code ""} for nobody. */
    private static String currentLogin() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? "" : auth.getName();
    }
}
