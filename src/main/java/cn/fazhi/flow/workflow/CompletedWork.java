package cn.fazhi.flow.workflow;

import java.time.Instant;

/** A task of a report's review someone completed: its id, the report, the step and when it was completed. */
public record CompletedWork(String id, long reportId, String step, Instant completed) {}
