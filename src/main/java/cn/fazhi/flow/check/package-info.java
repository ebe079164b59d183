/** The pre-check (合规预审): a pluggable set of rules that find a report's flaws before a reviewer has to. */
@ApplicationModule(allowedDependencies = {"base", "document", "org", "report"})
package cn.fazhi.flow.check;

import org.springframework.modulith.ApplicationModule;
