/** The application shell: security, login, the main layout with its role-dependent navigation, and error handling. */
package cn.fazhi.flow.shell;
