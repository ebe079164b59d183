/** The bell in the header with the unread count, and the list of a user's notifications. */
@NamedInterface("ui")
package cn.fazhi.flow.notify.ui;

import org.springframework.modulith.NamedInterface;
