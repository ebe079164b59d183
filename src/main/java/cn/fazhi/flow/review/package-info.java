/** The review of a report: its tasks, submissions, decisions, withdrawals and the reviewers' comments. */
package cn.fazhi.flow.review;
