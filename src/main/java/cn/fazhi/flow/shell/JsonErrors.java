package cn.fazhi.flow.shell;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.MediaType;

/**
 * An API error answered by a security filter, before any controller: {@code {"error": key, "message": text}} as the
 * controllers' errors look.
 */
final class JsonErrors {

    private JsonErrors() {}

    static void write(HttpServletResponse response, ObjectMapper json, int status, String key, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), Map.of("error", key, "message", message));
    }
}
