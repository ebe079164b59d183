/**
 * The publish dialog on a report's page, and the public pages (no login) that list the published reports and show
 * their public version.
 */
@org.springframework.modulith.NamedInterface("ui")
package cn.fazhi.flow.publish.ui;
