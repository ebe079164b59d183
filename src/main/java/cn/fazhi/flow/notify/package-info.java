/** Telling people what waits for them: in-app notifications, their e-mails, and urging (催办) a report's holder. */
@ApplicationModule(allowedDependencies = {"audit", "base", "org", "report", "workflow"})
package cn.fazhi.flow.notify;

import org.springframework.modulith.ApplicationModule;
