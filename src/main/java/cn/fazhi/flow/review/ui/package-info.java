/**
 * The review's panels for the report screens: the comment cards (full, and beside a paragraph), all of a report's
 * comments, the reviewer's comment dialog and the decision bar.
 */
@NamedInterface("ui")
package cn.fazhi.flow.review.ui;

import org.springframework.modulith.NamedInterface;
