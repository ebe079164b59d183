package cn.fazhi.flow.shell;

import cn.fazhi.flow.base.Messages;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * What the API answers a call it cannot authenticate: 401, never a redirect to the login page and no
 * {@code WWW-Authenticate} (no browser prompt); while the account is locked, 401 with a message saying until when;
 * while the client address must wait, 429 with {@code Retry-After}. Messages in the caller's language.
 */
final class SignInEntryPoint implements AuthenticationEntryPoint {

    private final Messages messages;
    private final ObjectMapper json;
    private final Clock clock;

    SignInEntryPoint(Messages messages, ObjectMapper json, Clock clock) {
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (!(failure instanceof SignInRefusedException refused)) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            return;
        }
        int status = HttpStatus.UNAUTHORIZED.value();
        if (refused.reason() == SignInRefusedException.Reason.THROTTLED) {
            status = HttpStatus.TOO_MANY_REQUESTS.value();
            long seconds = Math.max(
                    1, Duration.between(clock.instant(), refused.until()).toSeconds());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        }
        Locale locale = Messages.supported(request.getLocale());
        String message = messages.get(locale, refused.messageKey(), refused.untilText(locale, clock));
        JsonErrors.write(response, json, status, refused.messageKey(), message);
    }
}
