/**
 * Annual campaigns: a county's yearly collection of every township's report with its deadlines (BPMN timers of
 * {@code bpmn/annual-campaign.bpmn}), the working-day calendar, and the administrator's tracking board.
 */
@ApplicationModule(
        allowedDependencies = {"audit", "base", "notify", "notify :: ui", "org", "report", "review", "workflow"})
package cn.fazhi.flow.campaign;

import org.springframework.modulith.ApplicationModule;
