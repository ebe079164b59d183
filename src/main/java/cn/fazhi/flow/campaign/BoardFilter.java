package cn.fazhi.flow.campaign;

import cn.fazhi.flow.report.ReportStatus;

/**
 * Which townships of a campaign the board shows, and its .xlsx holds: those of one status ({@code null}: every
 * status), and only those marked overdue or all of them.
 */
public record BoardFilter(ReportStatus status, boolean overdueOnly) {

    /** Every township. */
    public static final BoardFilter ALL = new BoardFilter(null, false);

    public boolean test(BoardRow row) {
        return (status == null || row.status() == status) && (!overdueOnly || row.overdue());
    }

    public boolean filters() {
        return status != null || overdueOnly;
    }
}
