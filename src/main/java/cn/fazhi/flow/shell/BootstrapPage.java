package cn.fazhi.flow.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * The page Vaadin starts from, as it leaves the server. Vaadin 24.9 writes a page's initial UIDL (which holds what
 * the page shows, user text included) into an inline script as raw JSON, so a text holding {@code </script>} ended that
 * script and ran its own: here every {@code <} of that JSON becomes {@code \u003c}, which means the same inside a
 * JSON string and cannot end a script. Every script then gets the request's Content-Security-Policy nonce, the only
 * way an inline script runs under the policy of {@link SecurityHeaders}.
 */
@Component
class BootstrapPage implements VaadinServiceInitListener {

    /** How Vaadin's {@code IndexHtmlRequestHandler.addInitialFlow} starts the script that carries the initial UIDL. */
    static final String INITIAL_UIDL = "window.Vaadin.TypeScript=";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // Vaadin calls these listeners after it has written the initial UIDL and before it sends the page.
        event.addIndexHtmlRequestListener(response -> escapeInitialUidl(response.getDocument()));
        event.addIndexHtmlRequestListener(BootstrapPage::addNonces);
    }

    /** Rewrites the initial UIDL's JSON so that no {@code <} is left in it (nothing else in the page changes). */
    static void escapeInitialUidl(Document page) {
        for (Element script : page.select("script")) {
            for (DataNode data : script.dataNodes()) {
                String code = data.getWholeData();
                int json = code.indexOf(INITIAL_UIDL);
                if (json >= 0) {
                    int from = json + INITIAL_UIDL.length();
                    data.setWholeData(
                            code.substring(0, from) + code.substring(from).replace("<", "\\u003c"));
                }
            }
        }
    }

    private static void addNonces(IndexHtmlResponse response) {
        VaadinRequest request = response.getVaadinRequest();
        if (request instanceof VaadinServletRequest servlet) {
            String nonce = SecurityHeaders.nonce(servlet);
            response.getDocument().select("script").attr("nonce", nonce);
        }
    }
}
