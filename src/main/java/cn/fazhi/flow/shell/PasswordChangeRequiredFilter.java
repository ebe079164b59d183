package cn.fazhi.flow.shell;

import cn.fazhi.flow.base.Messages;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.ui.ChangePasswordView;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Outside the Vaadin pages, a user who must change their password does nothing else first: the API answers 403
 * {@code error.passwordChangeRequired} (except on the paths that let them change it), the Cockpit sends them to the
 * change-password page. The Vaadin pages do the same in {@link PasswordChangeGate}.
 */
final class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    static final String KEY = "error.passwordChangeRequired";

    /** What a refused request gets. */
    @FunctionalInterface
    private interface Refusal {
        void send(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    private final OrgService org;
    private final RequestMatcher allowed;
    private final Refusal refusal;

    private PasswordChangeRequiredFilter(OrgService org, RequestMatcher allowed, Refusal refusal) {
        this.org = org;
        this.allowed = allowed;
        this.refusal = refusal;
    }

    /** For the API: 403 in JSON, in the caller's language, except on {@code allowed}. */
    static PasswordChangeRequiredFilter api(
            OrgService org, RequestMatcher allowed, Messages messages, ObjectMapper json) {
        return new PasswordChangeRequiredFilter(org, allowed, (request, response) -> {
            String message = messages.get(Messages.supported(request.getLocale()), KEY);
            JsonErrors.write(response, json, HttpStatus.FORBIDDEN.value(), KEY, message);
        });
    }

    /** For pages outside Vaadin: a redirect to the change-password page. */
    static PasswordChangeRequiredFilter pages(OrgService org) {
        return new PasswordChangeRequiredFilter(
                org,
                request -> false,
                (request, response) ->
                        response.sendRedirect(request.getContextPath() + "/" + ChangePasswordView.ROUTE));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (allowed.matches(request) || !org.passwordChangeRequired()) {
            chain.doFilter(request, response);
        } else {
            refusal.send(request, response);
        }
    }
}
