package cn.fazhi.flow.base;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns failures into {@code {"error": key, "message": text}} in the caller's language (Accept-Language). A refusal
 * (403) is also told to the security log.
 */
@RestControllerAdvice(basePackages = "cn.fazhi.flow")
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final Messages messages;
    private final AccessDenials denials;

    ApiErrors(Messages messages, AccessDenials denials) {
        this.messages = messages;
        this.denials = denials;
    }

    @ExceptionHandler(FlowException.class)
    ResponseEntity<Map<String, Object>> flow(FlowException e, HttpServletRequest request) {
        if (e.kind() == FlowException.Kind.FORBIDDEN) {
            denials.record(AccessDenials.target(request), e.messageKey(), e.args());
        }
        return body(HttpStatus.valueOf(e.kind().status()), e.messageKey(), messages.get(e));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, Object>> denied(AccessDeniedException e, HttpServletRequest request) {
        denials.record(AccessDenials.target(request), "error.noAccess");
        return body(HttpStatus.FORBIDDEN, "error.noAccess", messages.get("error.noAccess"));
    }

    @ExceptionHandler({
        HttpMessageNotReadableException.class,
        MethodArgumentTypeMismatchException.class,
        MethodArgumentNotValidException.class
    })
    ResponseEntity<Map<String, Object>> unreadable(Exception e) {
        return body(HttpStatus.BAD_REQUEST, "error.badRequest", messages.get("error.badRequest"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException e) {
        return body(HttpStatus.METHOD_NOT_ALLOWED, "error.badRequest", messages.get("error.badRequest"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", messages.get("error.unexpected"));
    }

    private static ResponseEntity<Map<String, Object>> body(HttpStatus status, String key, String message) {
        return ResponseEntity.status(status).body(Map.of("error", key, "message", message));
    }
}
