package cn.fazhi.flow.report;

/** A line in a list of reports; {@code title} is the working copy's (empty when the drafter has left it empty). */
public record ReportSummary(
        long id,
        long townshipId,
        String township,
        int year,
        ReportStatus status,
        String step,
        int version,
        String title) {}
