package cn.fazhi.flow.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;

/** A page whose service meets a refusal of the engine, for the shell's view tests only. */
@Route("shell-test/engine")
@PermitAll
public class EngineFailureTestView extends Div implements BeforeEnterObserver {

    static final String ENGINE_MESSAGE = "ENGINE-03043 task with id 'x' is suspended.";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        throw new SuspendedEntityInteractionException(ENGINE_MESSAGE);
    }
}
