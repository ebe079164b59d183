/**
 * Publication (公开) of approved reports: the 保密审查 confirmation, redactions for the public version, the PUBLISHED
 * status with its date and deadline, and the public pages and downloads that show only the public version.
 */
@ApplicationModule(allowedDependencies = {"audit", "base", "document", "org", "report", "workflow"})
package cn.fazhi.flow.publish;

import org.springframework.modulith.ApplicationModule;
