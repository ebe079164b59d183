/** The report-review process: its diagram's constants, delegates and listeners. */
package cn.fazhi.flow.workflow;
