package cn.fazhi.flow.report.ui;

import cn.fazhi.flow.base.Times;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.VersionInfo;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A report's submitted versions, newest first: number (marked 已撤回 when the drafter withdrew that submission), when
 * and by whom; a click shows that version's text.
 */
public final class VersionsPanel extends Div {

    private final ReportService reports;
    private final long reportId;
    private final ZoneId zone;
    private final Set<Integer> withdrawn;

    /**
     * The versions of the report, {@code withdrawn} the numbers of those whose submission was withdrawn;
     * {@code nameOf} turns a login into the name shown.
     */
    public VersionsPanel(
            ReportService reports,
            long reportId,
            List<VersionInfo> versions,
            Set<Integer> withdrawn,
            UnaryOperator<String> nameOf,
            ZoneId zone) {
        this.reports = reports;
        this.reportId = reportId;
        this.zone = zone;
        this.withdrawn = withdrawn;
        setWidthFull();
        if (versions.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("report.versions.none"));
            none.setId("report-no-versions");
            add(none);
            return;
        }
        Grid<VersionInfo> grid = new Grid<>();
        grid.setId("report-versions");
        grid.addColumn(this::number)
                .setKey("number")
                .setHeader(getTranslation("report.version.header"))
                .setAutoWidth(true);
        grid.addColumn(v -> Times.dateTime(v.submittedAt(), getLocale(), zone))
                .setHeader(getTranslation("report.version.submittedAt"))
                .setAutoWidth(true);
        grid.addColumn(v -> nameOf.apply(v.submittedBy()))
                .setHeader(getTranslation("report.version.submittedBy"))
                .setAutoWidth(true);
        List<VersionInfo> newestFirst = new ArrayList<>(versions);
        Collections.reverse(newestFirst);
        grid.setItems(newestFirst);
        grid.setPartNameGenerator(v -> withdrawn.contains(v.number()) ? "version-withdrawn" : null);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addItemClickListener(e -> versionDialog(e.getItem()).open());
        add(grid);
    }

    /** The version's number, marked 已撤回 when its submission was withdrawn. */
    private String number(VersionInfo version) {
        return getTranslation(
                withdrawn.contains(version.number()) ? "report.version.numberWithdrawn" : "report.version.number",
                version.number());
    }

    private Dialog versionDialog(VersionInfo version) {
        Dialog dialog = new Dialog();
        dialog.setId("version-dialog");
        dialog.setHeaderTitle(getTranslation(
                "report.version.dialogTitle",
                number(version),
                Times.dateTime(version.submittedAt(), getLocale(), zone)));
        dialog.add(new ReportText(reports.version(reportId, version.number())));
        Button close = new Button(getTranslation("report.close"), e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.setWidth("min(60em, 95vw)");
        return dialog;
    }
}
