package cn.fazhi.flow.report.ui;

import cn.fazhi.flow.report.ReportPages;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ReportStatus;
import cn.fazhi.flow.report.ReportSummary;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The reports the user may see, newest year first, narrowed by a search (township or title), a year and a status; a
 * click opens a report's page.
 */
@Route("reports")
@Menu(title = "menu.reports", order = 2)
@RolesAllowed({"DRAFTER", "TOWNSHIP_LEAD", "LEGAL_ADVISOR", "COUNTY_REVIEWER", "ADMIN"})
public class ReportsView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final ComboBox<Integer> year = new ComboBox<>();
    final ComboBox<ReportStatus> status = new ComboBox<>();
    private final Grid<ReportSummary> grid = new Grid<>();
    private final ListDataProvider<ReportSummary> rows;

    public ReportsView(ReportService reports) {
        addClassName("reports-view");
        setSizeFull();

        List<ReportSummary> all = reports.list();
        rows = new ListDataProvider<>(all);

        grid.setId("reports-grid");
        grid.addColumn(ReportSummary::township)
                .setKey("township")
                .setHeader(getTranslation("reports.township"))
                .setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(ReportSummary::year)
                .setKey("year")
                .setHeader(getTranslation("reports.year"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("status." + r.status().name()))
                .setKey("status")
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
        grid.setItems(rows);
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(ReportPages.report(e.getItem().id()))));

        search.setId("reports-search");
        search.addClassName("reports-search");
        search.setAriaLabel(getTranslation("reports.search"));
        search.setPlaceholder(getTranslation("reports.searchPlaceholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> filter());

        year.setId("reports-year");
        year.setAriaLabel(getTranslation("reports.year"));
        year.setPlaceholder(getTranslation("reports.allYears"));
        year.setItems(all.stream()
                .map(ReportSummary::year)
                .distinct()
                .sorted(Comparator.reverseOrder())
                .toList());
        year.setItemLabelGenerator(y -> getTranslation("reports.yearValue", String.valueOf(y)));
        year.setClearButtonVisible(true);
        year.addValueChangeListener(e -> filter());

        status.setId("reports-status");
        status.setAriaLabel(getTranslation("reports.status"));
        status.setPlaceholder(getTranslation("reports.allStatuses"));
        status.setItems(ReportStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("status." + s.name()));
        status.setClearButtonVisible(true);
        status.addValueChangeListener(e -> filter());

        HorizontalLayout filters = new HorizontalLayout(search, year, status);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.addClassName("reports-filters");

        add(new H2(getTranslation("reports.title")), filters, grid);
        setFlexGrow(1, grid);
    }

    /** Shows the reports that match every filter set; an empty result says that none matches. */
    private void filter() {
        String text = search.getValue().strip().toLowerCase(Locale.ROOT);
        Integer chosenYear = year.getValue();
        ReportStatus chosenStatus = status.getValue();
        rows.setFilter(r -> (text.isEmpty()
                        || r.township().toLowerCase(Locale.ROOT).contains(text)
                        || r.title().toLowerCase(Locale.ROOT).contains(text))
                && (chosenYear == null || r.year() == chosenYear)
                && (chosenStatus == null || r.status() == chosenStatus));
        boolean filtered = !text.isEmpty() || chosenYear != null || chosenStatus != null;
        grid.setEmptyStateText(getTranslation(filtered ? "reports.noMatch" : "reports.empty"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.pageTitle");
    }
}
