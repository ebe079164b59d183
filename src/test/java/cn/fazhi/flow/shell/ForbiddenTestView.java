package cn.fazhi.flow.shell;

import cn.fazhi.flow.base.FlowException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** A page that refuses everyone as a service would, for the shell's view tests only. */
@Route("shell-test/forbidden")
@PermitAll
public class ForbiddenTestView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        throw FlowException.forbidden("error.noAccess");
    }
}
