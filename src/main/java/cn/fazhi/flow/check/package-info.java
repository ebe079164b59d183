/** The pre-check (合规预审): a pluggable set of rules that find a report's flaws before a reviewer has to. */
package cn.fazhi.flow.check;
