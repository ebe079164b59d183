package cn.fazhi.flow.report;

/** Where a report stands; set by the report-review process as it moves. */
public enum ReportStatus {
    DRAFTING,
    RETURNED,
    TOWNSHIP_REVIEW,
    LEGAL_REVIEW,
    COUNTY_REVIEW,
    APPROVED,
    /** Approved, checked for secrets and personal data, and released to the public pages. */
    PUBLISHED;

    /** The drafter may edit the working copy. */
    public boolean editable() {
        return this == DRAFTING || this == RETURNED;
    }
}
