/** Notifications in the app and by e-mail, and urging (催办) the holder of a report's task. */
package cn.fazhi.flow.notify;
