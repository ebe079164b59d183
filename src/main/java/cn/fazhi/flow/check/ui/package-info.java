/** The pre-check's screens and the findings panel that the report screens show. */
@NamedInterface("ui")
package cn.fazhi.flow.check.ui;

import org.springframework.modulith.NamedInterface;
