/** The auditor's page (the security log with its filters and its .xlsx export) and the history grid of a report. */
@NamedInterface("ui")
package cn.fazhi.flow.audit.ui;

import org.springframework.modulith.NamedInterface;
