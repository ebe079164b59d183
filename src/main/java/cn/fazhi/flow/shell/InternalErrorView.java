package cn.fazhi.flow.shell;

import cn.fazhi.flow.base.FlowException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * Any other failure while opening a page. A business failure wrapped in another exception (a view's constructor
 * calling a service) or a denied method call still gets its own message and status; anything else a generic message
 * and 500, with the stack trace in the server log only.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class InternalErrorView extends ErrorView implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception failure = parameter.getException();
        FlowException flow = ShellErrorHandler.cause(failure, FlowException.class);
        if (flow != null) {
            return show(flow.kind().status(), flow.messageKey(), flow.args());
        }
        if (ShellErrorHandler.cause(failure, AccessDeniedException.class) != null) {
            return show(HttpServletResponse.SC_FORBIDDEN, "error.noAccess");
        }
        log.error("Unexpected failure opening {}", event.getLocation().getPath(), failure);
        return show(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "error.unexpected");
    }
}
