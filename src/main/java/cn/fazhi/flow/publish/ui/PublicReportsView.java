package cn.fazhi.flow.publish.ui;

import cn.fazhi.flow.base.Times;
import cn.fazhi.flow.publish.PublishService;
import cn.fazhi.flow.publish.PublishedReport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The public list of published reports (no login), by county and year, each linked to its page and downloads. */
@Route(value = "public", autoLayout = false)
@AnonymousAllowed
public class PublicReportsView extends VerticalLayout implements HasDynamicTitle {

    /** Chosen in a select to show every county or every year. */
    private static final long ALL = -1;

    private final PublishService publish;
    private final Select<Long> county = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final Grid<PublishedReport> grid = new Grid<>();
    private final Paragraph none = new Paragraph();

    public PublicReportsView(PublishService publish) {
        this.publish = publish;
        addClassName("public-view");
        setMaxWidth("1100px");

        List<PublishedReport> all = publish.published(null, null);
        Map<Long, String> counties = new LinkedHashMap<>();
        all.forEach(r -> counties.putIfAbsent(r.countyId(), r.county()));
        county.setId("public-county");
        county.setLabel(getTranslation("publish.public.county"));
        county.setItems(concat(ALL, counties.keySet().stream().sorted().toList()));
        county.setItemLabelGenerator(id -> id == ALL ? getTranslation("publish.public.allCounties") : counties.get(id));
        county.setValue(ALL);
        year.setId("public-year");
        year.setLabel(getTranslation("publish.public.year"));
        List<Integer> years = all.stream()
                .map(PublishedReport::year)
                .distinct()
                .sorted((a, b) -> b - a)
                .toList();
        year.setItems(concat((int) ALL, years));
        year.setItemLabelGenerator(
                y -> y == ALL ? getTranslation("publish.public.allYears") : getTranslation("publish.public.yearOf", y));
        year.setValue((int) ALL);
        county.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());

        grid.setId("public-reports");
        grid.addColumn(PublishedReport::county)
                .setHeader(getTranslation("publish.public.county"))
                .setAutoWidth(true);
        grid.addColumn(PublishedReport::township)
                .setHeader(getTranslation("publish.public.township"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("publish.public.yearOf", r.year()))
                .setHeader(getTranslation("publish.public.year"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> new RouterLink(title(r), PublicReportView.class, parameters(r)))
                .setHeader(getTranslation("publish.public.title"))
                .setFlexGrow(1);
        grid.addColumn(r -> Times.date(r.publishedOn(), getLocale()))
                .setHeader(getTranslation("publish.public.publishedOn"))
                .setAutoWidth(true);
        grid.addComponentColumn(PublicReportsView::downloads)
                .setHeader(getTranslation("publish.public.download"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        none.setId("public-none");
        none.setText(getTranslation("publish.public.none"));

        H1 heading = new H1(getTranslation("publish.public.heading"));
        heading.addClassName("public-heading");
        Paragraph intro = new Paragraph(getTranslation("publish.public.intro"));
        intro.addClassName("public-intro");
        add(new PublicHeader(), heading, intro, new HorizontalLayout(county, year), grid, none);
        refresh();
    }

    private void refresh() {
        Long c = Objects.equals(county.getValue(), ALL) ? null : county.getValue();
        Integer y = year.getValue() == null || year.getValue() == ALL ? null : year.getValue();
        List<PublishedReport> shown = publish.published(c, y);
        grid.setItems(shown);
        grid.setVisible(!shown.isEmpty());
        none.setVisible(shown.isEmpty());
    }

    private String title(PublishedReport r) {
        return r.title().isBlank()
                ? getTranslation("publish.public.untitled", r.township(), String.valueOf(r.year()))
                : r.title();
    }

    static RouteParameters parameters(PublishedReport r) {
        return new RouteParameters(PublicReportView.REPORT_ID, String.valueOf(r.reportId()));
    }

    static HorizontalLayout downloads(PublishedReport r) {
        Anchor pdf = new Anchor(PublicReportView.pdfPath(r.reportId()), "PDF");
        pdf.addClassName("download-pdf");
        pdf.getElement().setAttribute("router-ignore", true);
        Anchor docx = new Anchor(PublicReportView.docxPath(r.reportId()), "Word");
        docx.addClassName("download-docx");
        docx.getElement().setAttribute("router-ignore", true);
        return new HorizontalLayout(pdf, docx);
    }

    private static <T> List<T> concat(T first, List<T> rest) {
        List<T> list = new java.util.ArrayList<>();
        list.add(first);
        list.addAll(rest);
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("publish.public.pageTitle");
    }
}
