/** The list of the reports a user may see. */
package cn.fazhi.flow.report.ui;
