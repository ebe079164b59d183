/** The application shell: security, login, the main layout with its role-dependent navigation, and error handling. */
@ApplicationModule(allowedDependencies = {"audit :: ui", "base", "desk", "notify :: ui", "org", "org :: ui"})
package cn.fazhi.flow.shell;

import org.springframework.modulith.ApplicationModule;
