package cn.fazhi.flow.shell;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.Theme;

/** The page around the Vaadin application: the CSS-only theme in frontend/themes/fazhi. */
@Theme("fazhi")
public class AppShell implements AppShellConfigurator {}
