/**
 * The report's screens and panels: the list of the reports a user may see, a report's text, its versions, the
 * comparison of two versions, and the drafter's fields, save state and kept text that the editor shows.
 */
@NamedInterface("ui")
package cn.fazhi.flow.report.ui;

import org.springframework.modulith.NamedInterface;
