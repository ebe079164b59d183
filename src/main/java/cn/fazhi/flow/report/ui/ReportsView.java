package cn.fazhi.flow.report.ui;

import cn.fazhi.flow.report.ReportPages;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ReportSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The reports the user may see, newest year first; a click opens a report's page. */
@Route("reports")
@Menu(title = "menu.reports", order = 2)
@RolesAllowed({"DRAFTER", "TOWNSHIP_LEAD", "LEGAL_ADVISOR", "COUNTY_REVIEWER", "ADMIN"})
public class ReportsView extends VerticalLayout implements HasDynamicTitle {

    public ReportsView(ReportService reports) {
        addClassName("reports-view");
        setSizeFull();

        Grid<ReportSummary> grid = new Grid<>();
        grid.setId("reports-grid");
        grid.addColumn(ReportSummary::township)
                .setHeader(getTranslation("reports.township"))
                .setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(ReportSummary::year)
                .setHeader(getTranslation("reports.year"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("status." + r.status().name()))
                .setHeader(getTranslation("reports.status"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(r -> r.step() == null || r.step().isBlank()
                        ? getTranslation("reports.none")
                        : getTranslation("step." + r.step()))
                .setHeader(getTranslation("reports.step"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.version() == 0
                        ? getTranslation("reports.notSubmitted")
                        : getTranslation("reports.versionNumber", r.version()))
                .setHeader(getTranslation("reports.version"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("reports.empty"));
        grid.setItems(reports.list());
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(ReportPages.report(e.getItem().id()))));

        add(new H2(getTranslation("reports.title")), grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.pageTitle");
    }
}
