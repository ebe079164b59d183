package cn.fazhi.flow.report;

import java.util.EnumSet;
import java.util.Set;

/** Where a report stands; set by the report-review process as it moves, along the moves {@link #canMoveTo} allows. */
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

    /**
     * Whether a report may move from this status to {@code next}: the draft (again after a blocked pre-check or a
     * withdrawal) to a review step, each step on, back (a return, a withdrawal), approval, publication. A report
     * reviewed outside the system enters approved from its draft.
     */
    public boolean canMoveTo(ReportStatus next) {
        return next(this).contains(next);
    }

    private static Set<ReportStatus> next(ReportStatus from) {
        return switch (from) {
            case DRAFTING -> EnumSet.of(DRAFTING, TOWNSHIP_REVIEW, LEGAL_REVIEW, APPROVED);
            case RETURNED -> EnumSet.of(RETURNED, TOWNSHIP_REVIEW, LEGAL_REVIEW, COUNTY_REVIEW);
            case TOWNSHIP_REVIEW -> EnumSet.of(LEGAL_REVIEW, RETURNED, DRAFTING);
            case LEGAL_REVIEW -> EnumSet.of(COUNTY_REVIEW, RETURNED, DRAFTING);
            case COUNTY_REVIEW -> EnumSet.of(APPROVED, RETURNED, DRAFTING);
            case APPROVED -> EnumSet.of(PUBLISHED);
            case PUBLISHED -> EnumSet.noneOf(ReportStatus.class);
        };
    }
}
