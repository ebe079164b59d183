/** What every feature shares: the clock, translations, the business errors and the events of the security log. */
package cn.fazhi.flow.base;
