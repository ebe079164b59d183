/** The review of a report: its tasks, submissions, decisions, withdrawals and the reviewers' comments. */
@ApplicationModule(allowedDependencies = {"audit", "base", "check", "org", "report", "workflow"})
package cn.fazhi.flow.review;

import org.springframework.modulith.ApplicationModule;
