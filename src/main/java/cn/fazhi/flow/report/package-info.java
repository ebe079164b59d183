/** The reports themselves: the drafter's working copy, its five parts, and the frozen versions of each submission. */
package cn.fazhi.flow.report;
