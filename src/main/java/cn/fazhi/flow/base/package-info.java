/** What every feature shares: the clock, translations and the business errors. */
package cn.fazhi.flow.base;
