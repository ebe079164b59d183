package cn.fazhi.flow.shell;

import cn.fazhi.flow.base.Messages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses every request to the engine's REST surfaces ({@code /engine-rest}, and the webapps' own {@code /camunda/api})
 * that carries a query expression: a parameter or a JSON key whose name ends in {@code Expression}, at any depth. The
 * engine's switch {@code enable-expressions-in-adhoc-queries: false} does not look inside a task query's
 * {@code orQueries} (Camunda 7.24.0 CE evaluates {@code {"orQueries":[{"dueAfterExpression":"${…}"}]}}), and an
 * expression runs code on the server; the fix is only in paid releases, so it is closed here, in front of the engine,
 * for everyone including the system administrator.
 */
class EngineQueryGuard extends OncePerRequestFilter {

    /** The largest JSON body read to look for expressions; a larger one is refused (queries are small). */
    static final int MAX_JSON_BYTES = 1 << 20;

    private final ObjectMapper json;
    private final Messages messages;

    EngineQueryGuard(ObjectMapper json, Messages messages) {
        this.json = json;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getParameterMap().keySet().stream().anyMatch(EngineQueryGuard::isExpression)) {
            refuse(response);
            return;
        }
        if (!isJson(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_JSON_BYTES + 1);
        if (body.length > MAX_JSON_BYTES || hasExpression(body)) {
            refuse(response);
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    private boolean hasExpression(byte[] body) {
        if (body.length == 0) {
            return false;
        }
        try {
            return hasExpression(json.readTree(body));
        } catch (IOException notJson) {
            return false; // the engine answers a malformed body itself
        }
    }

    static boolean hasExpression(JsonNode node) {
        if (node == null) {
            return false;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (isExpression(field.getKey()) || hasExpression(field.getValue())) {
                    return true;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                if (hasExpression(item)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isExpression(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith("expression");
    }

    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).contains("json");
    }

    private void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(
                response.getOutputStream(),
                Map.of("error", "error.queryExpression", "message", messages.get("error.queryExpression")));
    }
}
