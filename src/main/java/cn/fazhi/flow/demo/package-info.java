/** The demo county 示范县, its five townships, users and sample reports (profile {@code demo}). */
@ApplicationModule(allowedDependencies = {"campaign", "org", "publish", "report", "review", "workflow"})
package cn.fazhi.flow.demo;

import org.springframework.modulith.ApplicationModule;
