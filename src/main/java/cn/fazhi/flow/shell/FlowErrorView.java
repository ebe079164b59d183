package cn.fazhi.flow.shell;

import cn.fazhi.flow.base.FlowException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A business failure while opening a page (another township's report, a report that does not exist): its translated
 * message with its HTTP status (403, 404, 409…), inside the main layout.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class FlowErrorView extends ErrorView implements HasErrorParameter<FlowException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<FlowException> parameter) {
        FlowException e = parameter.getException();
        return show(e.kind().status(), e.messageKey(), e.args());
    }
}
