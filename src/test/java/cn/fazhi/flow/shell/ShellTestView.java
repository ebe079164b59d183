package cn.fazhi.flow.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** A plain page inside the main layout, for the shell's view tests only. */
@Route("shell-test")
@PermitAll
public class ShellTestView extends Div {}
