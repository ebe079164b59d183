package cn.fazhi.flow.publish.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractViewTest;
import cn.fazhi.flow.publish.PublishFixture;
import cn.fazhi.flow.publish.PublishService;
import cn.fazhi.flow.publish.PublishedReport;
import cn.fazhi.flow.shell.FlowErrorView;
import cn.fazhi.flow.shell.LoginView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public pages, for nobody signed in: only published reports, only their public version. */
class PublicPagesViewTest extends AbstractViewTest {

    private static PublishFixture county;
    private static long published;
    private static long approvedOnly;

    @Autowired
    PublishService publish;

    @BeforeEach
    void reports() {
        if (county == null) {
            county = new PublishFixture(context, "pubpage");
            published = county.approved(2024);
            approvedOnly = county.approved(2023);
            login(county.admin);
            publish.publish(published, true, List.of("张三"));
            logout();
        }
    }

    private static int open(String location) {
        UI ui = UI.getCurrent();
        return ui.getInternals().getRouter().navigate(ui, new Location(location), NavigationTrigger.PAGE_LOAD);
    }

    @SuppressWarnings("unchecked")
    private static Grid<PublishedReport> grid() {
        return _get(Grid.class, spec -> spec.withId("public-reports"));
    }

    private static List<PublishedReport> rows() {
        Grid<PublishedReport> grid = grid();
        List<PublishedReport> rows = new ArrayList<>();
        for (int i = 0; i < _size(grid); i++) {
            rows.add(_get(grid, i));
        }
        return rows;
    }

    @Test
    void theListShowsOnlyPublishedReportsAndFiltersByCountyAndYear() {
        assertThat(open("public")).isEqualTo(200);

        List<PublishedReport> all = rows();
        assertThat(all)
                .extracting(PublishedReport::reportId)
                .contains(published)
                .doesNotContain(approvedOnly);
        // the demo's published report of 沈丘县 is there on first start
        assertThat(all).anySatisfy(r -> {
            assertThat(r.county()).isEqualTo("沈丘县");
            assertThat(r.township()).isEqualTo("洪山镇");
            assertThat(r.year()).isEqualTo(2023);
        });

        @SuppressWarnings("unchecked")
        Select<Long> countySelect = _get(Select.class, spec -> spec.withId("public-county"));
        _setValue(countySelect, county.countyId);
        assertThat(rows()).extracting(PublishedReport::reportId).containsExactly(published);

        @SuppressWarnings("unchecked")
        Select<Integer> year = _get(Select.class, spec -> spec.withId("public-year"));
        _setValue(year, 2023);
        _assertNone(Grid.class, spec -> spec.withId("public-reports"));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("public-none"))
                        .isVisible())
                .isTrue();
    }

    @Test
    void aPublishedReportReadsAsAPageWithItsPublicVersionOnly() {
        assertThat(open("public/reports/" + published)).isEqualTo(200);

        Div text = _get(Div.class, spec -> spec.withId("public-text"));
        assertThat(_get(text, H2.class, spec -> spec.withClasses("public-title"))
                        .getText())
                .isEqualTo("试点镇2024年法治政府建设情况报告");
        assertThat(text.getChildren()
                        .filter(H3.class::isInstance)
                        .map(c -> ((H3) c).getElement().getTextRecursively()))
                .contains("一、主要举措和成效", "四、下一年度主要安排");
        String all = text.getElement().getTextRecursively();
        assertThat(all).contains("联系人■■■电话").doesNotContain("张三").contains("试点镇人民政府");
        assertThat(_get(Span.class, spec -> spec.withId("public-facts")).getText())
                .startsWith("pubpage县 · pubpage镇 · 2024年度");
        var downloads = _get(
                com.vaadin.flow.component.orderedlayout.HorizontalLayout.class,
                spec -> spec.withId("public-downloads"));
        assertThat(downloads.getElement().getOuterHTML())
                .contains("public/reports/" + published + ".pdf")
                .contains("public/reports/" + published + ".docx");
    }

    @Test
    void aReportNotPublishedIsNotFoundThere() {
        assertThat(open("public/reports/" + approvedOnly)).isEqualTo(404);
        _assertNone(Div.class, spec -> spec.withId("public-text"));
        _get(FlowErrorView.class);
        assertThat(open("public/reports/999999")).isEqualTo(404);
    }

    @Test
    void signedInViewsStayClosedAndTheLoginPageLinksToThePublicPages() {
        open("reports");
        _get(LoginView.class);
        com.vaadin.flow.component.html.Anchor link =
                _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("login-public"));
        assertThat(link.getHref()).isEqualTo("public");
        assertThat(link.getText()).isEqualTo("查阅已公开的报告");
        _assertNone(Grid.class);
    }
}
