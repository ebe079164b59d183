package cn.fazhi.flow.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The initial UIDL in the bootstrap page, written as Vaadin 24.9 writes it: after the rewrite no user text can end its
 * script or open a comment, the JSON still means the same, and no other script changes.
 */
class BootstrapPageTest {

    static final String PREFIX = "window.Vaadin = window.Vaadin || {};window.Vaadin.TypeScript= ";

    @Test
    void userTextCannotEndTheInitialUidlScriptAndTheJsonMeansTheSame() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode uidl = json.createObjectNode();
        uidl.put("text", "标题</script><script>alert(1)</script><!--<script>");
        uidl.putArray("execute").add("</SCRIPT ><img src=x onerror=alert(2)>");
        Document page = Jsoup.parse("<html><head></head><body></body></html>");
        page.head().appendChild(script(PREFIX + uidl + ";"));
        page.head().appendChild(script("if (a < b) { window.x = '</' + 'p>'; }"));

        BootstrapPage.escapeInitialUidl(page);

        Document sent = Jsoup.parse(page.html());
        assertThat(sent.select("script")).hasSize(2);
        assertThat(sent.select("img")).isEmpty();
        String initial = sent.select("script").get(0).data();
        assertThat(initial).startsWith(PREFIX).doesNotContain("<");
        String sentJson = initial.substring(PREFIX.length(), initial.length() - 1);
        assertThat(json.readTree(sentJson)).isEqualTo(uidl);
        assertThat(sent.select("script").get(1).data()).isEqualTo("if (a < b) { window.x = '</' + 'p>'; }");
    }

    private static Element script(String code) {
        Element script = new Element("script").attr("initial", "");
        script.appendChild(new DataNode(code));
        return script;
    }
}
