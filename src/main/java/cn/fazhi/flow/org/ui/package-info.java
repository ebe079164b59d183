/** The installation's own pages: the counties it serves, for the system administrator. */
@NamedInterface("ui")
package cn.fazhi.flow.org.ui;

import org.springframework.modulith.NamedInterface;
