package cn.fazhi.flow.check;

/** A finding on a report with the drafter's waiver of it, if any (never for an ERROR). */
public record ReportFinding(Finding finding, Waiver waiver) {

    public boolean waived() {
        return waiver != null;
    }
}
