/** The bell in the header with the unread count, and the list of a user's notifications. */
package cn.fazhi.flow.notify.ui;
