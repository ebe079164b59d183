/** The screens of the review: the report page, the drafter's editor, and the reviewers' tasks and review. */
@NamedInterface("ui")
package cn.fazhi.flow.review.ui;

import org.springframework.modulith.NamedInterface;
