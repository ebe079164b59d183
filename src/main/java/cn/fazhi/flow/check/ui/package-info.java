/**
 * The pre-check's screens, and the panels the report screens show: the findings, the dialog that records why one does
 * not apply, and the findings that sent a submission back.
 */
@NamedInterface("ui")
package cn.fazhi.flow.check.ui;

import org.springframework.modulith.NamedInterface;
