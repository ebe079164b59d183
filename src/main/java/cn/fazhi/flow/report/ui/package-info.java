/** The list of the reports a user may see, and the drafter's fields, save state and kept text the editor shows. */
@NamedInterface("ui")
package cn.fazhi.flow.report.ui;

import org.springframework.modulith.NamedInterface;
