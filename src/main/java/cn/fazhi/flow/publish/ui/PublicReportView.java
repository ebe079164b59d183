package cn.fazhi.flow.publish.ui;

import cn.fazhi.flow.base.Times;
import cn.fazhi.flow.publish.PublishService;
import cn.fazhi.flow.publish.PublishedReport;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;

/**
 * One published report as a web page (no login): only its public version, with the downloads beside it. Any report
 * that is not published is not found here.
 */
@Route(value = "public/reports/:" + PublicReportView.REPORT_ID + "([0-9]{1,18})", autoLayout = false)
@AnonymousAllowed
public class PublicReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String REPORT_ID = "reportId";

    private final PublishService publish;
    private PublishedReport report;

    public PublicReportView(PublishService publish) {
        this.publish = publish;
        addClassName("public-view");
        setMaxWidth("1100px");
    }

    /** Where the public PDF of a published report is downloaded. */
    public static String pdfPath(long reportId) {
        return "public/reports/" + reportId + ".pdf";
    }

    /** Where the public .docx of a published report is downloaded. */
    public static String docxPath(long reportId) {
        return "public/reports/" + reportId + ".docx";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong(REPORT_ID);
        if (id.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        // 404 (the shell's error page) for any report that is not published.
        report = publish.publishedReport(id.get());
        removeAll();
        RouterLink back = new RouterLink(getTranslation("publish.public.back"), PublicReportsView.class);
        back.setId("public-back");
        Span facts = new Span(getTranslation(
                "publish.public.facts",
                report.county(),
                report.township(),
                String.valueOf(report.year()),
                Times.date(report.publishedOn(), getLocale())));
        facts.setId("public-facts");
        facts.addClassName("public-facts");
        HorizontalLayout downloads = PublicReportsView.downloads(report);
        downloads.setId("public-downloads");
        PublicText text = new PublicText(publish.publicVersion(report.reportId()));
        text.setId("public-text");
        add(new PublicHeader(), back, facts, downloads, text);
    }

    @Override
    public String getPageTitle() {
        if (report == null) {
            return getTranslation("publish.public.pageTitle");
        }
        return report.title().isBlank()
                ? getTranslation("publish.public.untitled", report.township(), String.valueOf(report.year()))
                : report.title();
    }
}
