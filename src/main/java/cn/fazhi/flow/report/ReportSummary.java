package cn.fazhi.flow.report;

/** A line in a list of reports. */
public record ReportSummary(
        long id, long townshipId, String township, int year, ReportStatus status, String step, int version) {}
