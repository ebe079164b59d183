package cn.fazhi.flow.base;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A request to the REST API that fits no operation: an unknown path (404), a method the path does not take (405), a
 * body type it does not read (415) or an answer type it cannot give (406). Each gets {@code {"error": key, "message":
 * text}} in the caller's language, like every other API failure, and nothing in the log: Spring would otherwise
 * answer its own error body, or (a body type met by a method's argument) a 500 with a stack trace. It runs before the
 * controllers' own handlers, since Spring finds most of these before any controller is chosen. (An unknown path
 * reaches it because Vaadin leaves /api/** alone: {@code vaadin.exclude-urls}.)
 */
@Component
class ApiRequestErrors implements HandlerExceptionResolver, Ordered {

    private final Messages messages;
    private final ObjectMapper json;

    ApiRequestErrors(Messages messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        Answer answer = answer(failure);
        if (answer == null) {
            return null;
        }
        try {
            response.setStatus(answer.status());
            if (failure instanceof HttpRequestMethodNotSupportedException) {
                response.setHeader("Allow", answer.argument());
            }
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            String message = messages.get(answer.key(), answer.argument());
            json.writeValue(response.getOutputStream(), Map.of("error", answer.key(), "message", message));
            return new ModelAndView();
        } catch (IOException e) {
            return null;
        }
    }

    /** The status, translation key and its one argument. */
    private record Answer(int status, String key, String argument) {}

    private static Answer answer(Exception failure) {
        if (failure instanceof NoResourceFoundException || failure instanceof NoHandlerFoundException) {
            return new Answer(HttpServletResponse.SC_NOT_FOUND, "error.apiNotFound", "");
        }
        if (failure instanceof HttpRequestMethodNotSupportedException e) {
            String[] allowed = e.getSupportedMethods() == null ? new String[0] : e.getSupportedMethods();
            return new Answer(
                    HttpServletResponse.SC_METHOD_NOT_ALLOWED, "error.methodNotAllowed", String.join(", ", allowed));
        }
        if (failure instanceof HttpMediaTypeNotSupportedException e) {
            return new Answer(
                    HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "error.unsupportedMediaType",
                    types(e.getSupportedMediaTypes()));
        }
        if (failure instanceof HttpMediaTypeNotAcceptableException e) {
            return new Answer(
                    HttpServletResponse.SC_NOT_ACCEPTABLE, "error.notAcceptable", types(e.getSupportedMediaTypes()));
        }
        return null;
    }

    private static String types(List<MediaType> types) {
        return types.stream().map(MediaType::toString).collect(Collectors.joining(", "));
    }
}
