/** The reports themselves: the drafter's working copy, its five parts, and the frozen versions of each submission. */
@ApplicationModule(allowedDependencies = {"base", "org"})
package cn.fazhi.flow.report;

import org.springframework.modulith.ApplicationModule;
