package cn.fazhi.flow.audit;

import java.util.List;

/** One page of the security log, newest first: the entries, which page of what size, and how many match in all. */
public record SecurityLogPage(List<SecurityLogEntry> entries, int page, int size, long total) {}
