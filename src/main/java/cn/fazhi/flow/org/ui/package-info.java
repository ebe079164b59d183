/**
 * The installation's own pages (the counties it serves, for the system administrator) and every user's page and
 * dialog to change their own password.
 */
@NamedInterface("ui")
package cn.fazhi.flow.org.ui;

import org.springframework.modulith.NamedInterface;
