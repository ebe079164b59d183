/** The screens of the review: the report page, the drafter's editor, and the reviewers' tasks and review. */
package cn.fazhi.flow.review.ui;
