package cn.fazhi.flow.report;

import java.time.Instant;
import java.util.List;

/**
 * A report with its working copy. {@code lockVersion} is what a draft save must send back: a save against an older
 * one is a concurrent edit.
 */
public record ReportDetails(
        long id,
        long townshipId,
        String township,
        long countyId,
        int year,
        ReportStatus status,
        String step,
        String processInstanceId,
        ReportContent content,
        int version,
        long lockVersion,
        Instant draftSavedAt,
        String draftSavedBy,
        List<VersionInfo> versions) {}
