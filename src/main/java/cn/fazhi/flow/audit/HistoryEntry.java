package cn.fazhi.flow.audit;

import java.time.Instant;

/** One line of a report's history. */
public record HistoryEntry(Instant at, String actor, AuditAction action, String step, String detail) {}
