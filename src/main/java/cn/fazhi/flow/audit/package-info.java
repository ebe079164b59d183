/** The append-only history of what happened to each report, who did it and when. */
package cn.fazhi.flow.audit;
