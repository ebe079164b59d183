package cn.fazhi.flow.report;

/**
 * Where a report's screens are: the route templates of the report page, the drafter's editor and the review page,
 * declared once for the views that serve them, and the paths that other features link or navigate to.
 */
public final class ReportPages {

    /** The route parameter that carries the report's id. */
    public static final String REPORT_ID = "reportId";

    private static final String PREFIX = "reports/";
    private static final String ID = ":" + REPORT_ID + "([0-9]{1,18})";
    private static final String EDIT_SUFFIX = "/edit";
    private static final String REVIEW_SUFFIX = "/review";

    /** The report page: its text, versions, comments, history and the actions open to the user. */
    public static final String REPORT = PREFIX + ID;

    /** The drafter's editor. */
    public static final String EDIT = REPORT + EDIT_SUFFIX;

    /** The reviewer's page. */
    public static final String REVIEW = REPORT + REVIEW_SUFFIX;

    private ReportPages() {}

    /** The path of a report's page (no leading slash), for links in other screens and in mail. */
    public static String report(long reportId) {
        return PREFIX + reportId;
    }
}
