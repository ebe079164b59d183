/** The bell in the header with the unread count, the list of a user's notifications, and the 催办 dialog. */
@NamedInterface("ui")
package cn.fazhi.flow.notify.ui;

import org.springframework.modulith.NamedInterface;
