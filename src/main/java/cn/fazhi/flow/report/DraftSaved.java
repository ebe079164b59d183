package cn.fazhi.flow.report;

import java.time.Instant;

/** The result of saving the working copy: the lock version to send with the next save. */
public record DraftSaved(long reportId, long lockVersion, Instant savedAt) {}
