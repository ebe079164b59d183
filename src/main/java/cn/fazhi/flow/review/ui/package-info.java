/** The review's panels for the report screens: the comment cards. */
@NamedInterface("ui")
package cn.fazhi.flow.review.ui;

import org.springframework.modulith.NamedInterface;
