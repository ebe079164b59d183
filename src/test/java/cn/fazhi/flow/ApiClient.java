package cn.fazhi.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The integration tests' client of the REST API: HTTP Basic as a user (or none), the language asked for, a JSON body
 * (a {@code byte[]} body is sent as UTF-8 text), and the reply's status, JSON body and raw bytes, whatever the status.
 */
public final class ApiClient {

    /** A reply: its status, its body read as JSON (a null node when it is empty or not JSON) and its bytes. */
    public record Reply(int status, JsonNode body, byte[] bytes) {}

    public static final String DEMO_PASSWORD = "demo123";

    private final RestClient rest;
    private final ObjectMapper json;

    public ApiClient(int port, ObjectMapper json) {
        this.rest = RestClient.create("http://localhost:" + port);
        this.json = json;
    }

    /** A call in Chinese as a demo user (null: no credentials). */
    public Reply call(String user, String method, String path, Object body) {
        return call(user, DEMO_PASSWORD, method, path, body, "zh-CN");
    }

    /** A call in a language as a demo user (null: no credentials). */
    public Reply call(String user, String method, String path, Object body, String language) {
        return call(user, DEMO_PASSWORD, method, path, body, language);
    }

    public Reply call(String user, String password, String method, String path, Object body, String language) {
        RestClient.RequestBodySpec spec = rest.method(HttpMethod.valueOf(method))
                .uri(path)
                .headers(h -> {
                    if (user != null) {
                        h.setBasicAuth(user, password);
                    }
                    h.set(HttpHeaders.ACCEPT_LANGUAGE, language);
                });
        if (body instanceof byte[] text) {
            spec.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body(text);
        } else if (body != null) {
            spec.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return spec.exchange((req, res) -> {
            byte[] bytes = res.getBody().readAllBytes();
            MediaType type = res.getHeaders().getContentType();
            boolean isJson = type != null
                    && (type.isCompatibleWith(MediaType.APPLICATION_JSON)
                            || type.getSubtype().endsWith("+json"));
            JsonNode node = bytes.length == 0 || !isJson ? json.nullNode() : json.readTree(bytes);
            return new Reply(res.getStatusCode().value(), node, bytes);
        });
    }
}
