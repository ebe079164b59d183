/**
 * The processes and the one door to the engine: the report-review and annual-campaign diagrams' constants, their
 * delegates and listeners, the writer of the report's status, and {@code WorkflowService}, through which every other
 * feature reaches the engine.
 */
@ApplicationModule(allowedDependencies = {"base", "check", "org", "report"})
package cn.fazhi.flow.workflow;

import org.springframework.modulith.ApplicationModule;
