/** Counties, their townships and the people who work on the reports: who they are and what they may see. */
@ApplicationModule(allowedDependencies = {"base"})
package cn.fazhi.flow.org;

import org.springframework.modulith.ApplicationModule;
