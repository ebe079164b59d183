/** What every feature shares: the clock, translations, the business errors and the events of the security log. */
@ApplicationModule(allowedDependencies = {})
package cn.fazhi.flow.base;

import org.springframework.modulith.ApplicationModule;
