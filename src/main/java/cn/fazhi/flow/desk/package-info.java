/**
 * The report desk: the screens that put several features' panels together (the task list, the report page, the
 * drafter's editor and the reviewers' review page). It holds no business rule; each panel and each decision belongs
 * to its feature.
 */
@ApplicationModule(
        allowedDependencies = {
            "audit",
            "audit :: ui",
            "base",
            "check",
            "check :: ui",
            "document",
            "document :: ui",
            "notify",
            "notify :: ui",
            "org",
            "publish :: ui",
            "report",
            "report :: ui",
            "review",
            "review :: ui",
            "workflow"
        })
package cn.fazhi.flow.desk;

import org.springframework.modulith.ApplicationModule;
