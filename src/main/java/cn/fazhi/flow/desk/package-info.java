/**
 * The report desk: the screens that put several features' panels together (the task list, the report page, the
 * drafter's editor and the reviewers' review page). It holds no business rule; each panel and each decision belongs
 * to its feature.
 */
package cn.fazhi.flow.desk;
