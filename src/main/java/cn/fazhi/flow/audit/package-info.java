/** The append-only history of what happened to each report, who did it and when. */
@ApplicationModule(allowedDependencies = {"base", "org", "report"})
package cn.fazhi.flow.audit;

import org.springframework.modulith.ApplicationModule;
