/** Telling people what waits for them: in-app notifications, their e-mails, and urging (催办) a report's holder. */
package cn.fazhi.flow.notify;
