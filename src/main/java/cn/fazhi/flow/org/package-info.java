/** Counties, their townships and the people who work on the reports: who they are and what they may see. */
package cn.fazhi.flow.org;
