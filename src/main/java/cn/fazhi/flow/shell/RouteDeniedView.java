package cn.fazhi.flow.shell;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page the signed-in user's roles do not open (Vaadin's view access control refused it): a translated 403 page
 * inside the main layout, in place of Vaadin's own, which showed "page not found"; the refusal goes to the security
 * log.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class RouteDeniedView extends ErrorView implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return show(HttpServletResponse.SC_FORBIDDEN, "error.view.pageDenied");
    }
}
