/** The report's screens and panels: the list of the reports a user may see, a report's text, its versions and the comparison of two versions. */
@NamedInterface("ui")
package cn.fazhi.flow.report.ui;

import org.springframework.modulith.NamedInterface;
