package cn.fazhi.flow.report;

import java.time.Instant;

/** One frozen submission of a report. */
public record VersionInfo(int number, Instant submittedAt, String submittedBy) {}
