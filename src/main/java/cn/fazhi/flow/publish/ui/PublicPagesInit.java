package cn.fazhi.flow.publish.ui;

import com.vaadin.flow.server.BootstrapInitialPredicate;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.stereotype.Component;

/**
 * The public pages are rendered on the server with the page request itself (Vaadin's initial UIDL), so that the page
 * of a report that is not published answers HTTP 404 there and then, for people and search engines alike, instead of a
 * 200 page that shows "not found" only after a second round trip.
 */
@Component
class PublicPagesInit implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        BootstrapInitialPredicate others = service.getBootstrapInitialPredicate();
        service.setBootstrapInitialPredicate(request -> isPublicPage(request) || others.includeInitialUidl(request));
    }

    static boolean isPublicPage(VaadinRequest request) {
        String path = request.getPathInfo();
        if (path == null && request instanceof VaadinServletRequest servlet) {
            path = servlet.getRequestURI().substring(servlet.getContextPath().length());
        }
        return path != null && (path.equals("/public") || path.startsWith("/public/"));
    }
}
