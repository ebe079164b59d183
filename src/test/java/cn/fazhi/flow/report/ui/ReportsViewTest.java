package cn.fazhi.flow.report.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractViewTest;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ReportStatus;
import cn.fazhi.flow.report.ReportSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The list of reports, its search and filters, read only: it changes no report. */
class ReportsViewTest extends AbstractViewTest {

    @Autowired
    private ReportService reports;

    @Test
    void aDrafterSeesOnlyTheirOwnTownshipsReport() {
        login("drafter4");
        UI.getCurrent().navigate("reports");

        List<List<String>> rows = rows();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).startsWith("洪山镇", "2023");
        assertThat(rows).noneSatisfy(row -> assertThat(row).contains("太要镇"));
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("报告");
    }

    @Test
    void theAdvisorSeesEveryTownshipTheyAdvise() {
        login("advisor");
        UI.getCurrent().navigate("reports");

        assertThat(rows())
                .extracting(row -> row.get(0))
                .containsExactlyInAnyOrder("太要镇", "榆垡镇", "城区街道", "洪山镇", "盘龙彝族乡");
    }

    @Test
    void aClickOpensTheReportPage() {
        login("drafter1");
        long id = reports.list().get(0).id();
        UI.getCurrent().navigate("reports");

        _clickItem(grid(), 0);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("reports/" + id);
    }

    @Test
    void theListSpeaksEnglish() {
        login("drafter1");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("reports");

        assertThat(grid().getColumns())
                .extracting(Grid.Column::getHeaderText)
                .containsExactly("Township", "Year", "Status", "Current step", "Version");
        assertThat(rows().get(0)).containsExactly("太要镇", "2022", "Drafting", "Draft the report", "Not submitted");
    }

    @Test
    void theSearchFindsATownshipOrATitle() {
        login("admin");
        ReportSummary hongshan = reports.list().stream()
                .filter(r -> r.township().equals("洪山镇"))
                .findFirst()
                .orElseThrow();
        UI.getCurrent().navigate("reports");
        ReportsView view = _get(ReportsView.class);
        int all = _size(grid());

        _setValue(view.search, "洪山");

        assertThat(rows()).isNotEmpty().allSatisfy(row -> assertThat(row.get(0)).isEqualTo("洪山镇"));
        assertThat(_size(grid())).isLessThan(all);

        assertThat(hongshan.title()).isNotBlank();
        _setValue(view.search, hongshan.title());

        assertThat(rows()).anySatisfy(row -> assertThat(row).startsWith("洪山镇", String.valueOf(hongshan.year())));
    }

    @Test
    void theYearAndStatusFiltersNarrowTheListAndAnEmptyResultSaysSo() {
        login("admin");
        UI.getCurrent().navigate("reports");
        ReportsView view = _get(ReportsView.class);
        assertThat(view.year.getListDataView().getItems()).contains(2022, 2023);

        _setValue(view.year, 2023);

        assertThat(rows()).isNotEmpty().allSatisfy(row -> assertThat(row.get(1)).isEqualTo("2023"));
        assertThat(rows()).noneSatisfy(row -> assertThat(row.get(0)).isEqualTo("太要镇"));

        _setValue(view.year, null);
        _setValue(view.status, ReportStatus.DRAFTING);

        assertThat(rows()).isNotEmpty().allSatisfy(row -> assertThat(row.get(2)).isEqualTo("起草中"));

        _setValue(view.search, "没有这个乡镇");

        assertThat(_size(grid())).isZero();
        assertThat(grid().getEmptyStateText()).isEqualTo("没有符合筛选条件的报告。");
    }

    private static Grid<?> grid() {
        return _get(Grid.class, s -> s.withId("reports-grid"));
    }

    private static List<List<String>> rows() {
        Grid<?> grid = grid();
        return IntStream.range(0, _size(grid))
                .mapToObj(i -> _getFormattedRow(grid, i))
                .toList();
    }
}
