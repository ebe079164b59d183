package cn.fazhi.flow.campaign.ui;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.base.Times;
import cn.fazhi.flow.campaign.BoardFilter;
import cn.fazhi.flow.campaign.BoardRow;
import cn.fazhi.flow.campaign.CampaignService;
import cn.fazhi.flow.campaign.CampaignSummary;
import cn.fazhi.flow.campaign.UrgeOutcome;
import cn.fazhi.flow.notify.NotificationService;
import cn.fazhi.flow.notify.ui.UrgeDialog;
import cn.fazhi.flow.report.ReportStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The administrator's tracking board: pick a campaign, see every township's report, where it stands and who holds
 * it, what is late; filter, count, chart, export to .xlsx, and urge (催办) one township or every overdue one.
 */
@Route("campaigns")
@Menu(title = "menu.campaigns", order = 3)
@RolesAllowed({"ADMIN", "COUNTY_REVIEWER"})
public class CampaignBoardView extends VerticalLayout implements HasDynamicTitle {

    private final CampaignService campaigns;
    private final NotificationService notifications;

    final Select<CampaignSummary> picker = new Select<>();
    final Select<ReportStatus> statusFilter = new Select<>();
    final Checkbox overdueOnly = new Checkbox();
    final BoardGrid grid;
    final Div counts = new Div();
    final Div chart = new Div();
    final Details chartBox = new Details();
    final Span deadlines = new Span();
    final Button urgeAll = new Button();
    final Anchor export = new Anchor();
    final Button openCampaign = new Button();

    private List<BoardRow> rows = List.of();

    public CampaignBoardView(CampaignService campaigns, NotificationService notifications, Clock clock) {
        this.campaigns = campaigns;
        this.notifications = notifications;
        addClassName("campaign-board");
        setSizeFull();

        picker.setId("campaign-picker");
        picker.setLabel(getTranslation("campaign.board.campaign"));
        picker.setItemLabelGenerator(c -> getTranslation("campaign.board.campaignLabel", c.year(), c.county())
                + (c.open() ? "" : " · " + getTranslation("campaign.board.closed")));
        picker.addValueChangeListener(e -> refresh());

        statusFilter.setId("status-filter");
        statusFilter.setLabel(getTranslation("campaign.board.filterStatus"));
        statusFilter.setItems(ReportStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("campaign.board.allStatuses"));
        statusFilter.setItemLabelGenerator(s -> s == null ? "" : getTranslation("status." + s.name()));
        statusFilter.addValueChangeListener(e -> showRows());

        overdueOnly.setId("overdue-only");
        overdueOnly.setLabel(getTranslation("campaign.board.overdueOnly"));
        overdueOnly.addValueChangeListener(e -> showRows());

        urgeAll.setId("urge-all");
        urgeAll.setText(getTranslation("campaign.board.urgeAll"));
        urgeAll.addThemeVariants(ButtonVariant.LUMO_ERROR);
        urgeAll.addClickListener(e -> confirmUrgeAll());

        export.setId("export-xlsx");
        export.setText(getTranslation("campaign.board.export"));

        openCampaign.setId("open-campaign");
        openCampaign.setText(getTranslation("campaign.open.button"));
        openCampaign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        openCampaign.addClickListener(e -> new OpenCampaignDialog(campaigns, clock, id -> {
                    reloadCampaigns(id);
                    Notification.show(getTranslation("campaign.open.done"))
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                })
                .open());
        openCampaign.setVisible(isAdmin());

        counts.setId("status-counts");
        counts.addClassName("campaign-counts");
        chart.setId("progress-chart");
        deadlines.setId("campaign-deadlines");

        grid = new BoardGrid(
                clock.getZone(), row -> new UrgeDialog(notifications, row.reportId(), row.township(), () -> {}).open());

        HorizontalLayout toolbar =
                new HorizontalLayout(picker, statusFilter, overdueOnly, export, urgeAll, openCampaign);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        // The table first, where a laptop's screen has room for it; the chart is a summary, folded under it.
        chartBox.setId("progress-chart-box");
        chartBox.setSummaryText(getTranslation("campaign.board.chart"));
        chartBox.add(chart);
        chartBox.addClassName("campaign-chart-box");
        add(new H2(getTranslation("campaign.board.title")), toolbar, deadlines, counts, grid, chartBox);
        setFlexGrow(1, grid);
        reloadCampaigns(null);
    }

    private boolean isAdmin() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }

    private void reloadCampaigns(Long select) {
        List<CampaignSummary> list = campaigns.list();
        picker.setItems(list);
        picker.setEmptySelectionAllowed(false);
        if (list.isEmpty()) {
            picker.setPlaceholder(getTranslation("campaign.board.none"));
            refresh();
            return;
        }
        picker.setValue(list.stream()
                .filter(c -> select == null ? c.open() : c.id() == select)
                .findFirst()
                .orElse(list.get(0)));
    }

    void refresh() {
        CampaignSummary campaign = picker.getValue();
        rows = campaign == null ? List.of() : campaigns.board(campaign.id());
        export.setEnabled(campaign != null);
        urgeAll.setEnabled(campaign != null && campaign.open());
        if (campaign != null) {
            deadlines.setText(getTranslation(
                    "campaign.board.deadlines",
                    time(campaign.submissionDue()),
                    Times.date(campaign.publicationDue(), getLocale()),
                    campaign.legalReviewDays(),
                    campaign.countyReviewDays()));
        } else {
            deadlines.setText("");
        }
        showCounts();
        chart.removeAll();
        if (campaign != null) {
            // An image, not markup in the page: whatever text the chart holds, an SVG shown as an image runs nothing.
            String svg = ProgressChart.svg(rows, (key, args) -> getTranslation(key, args));
            chart.add(new Image(
                    "data:image/svg+xml;base64,"
                            + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)),
                    getTranslation("campaign.chart.alt")));
        }
        showRows();
    }

    private void showCounts() {
        counts.removeAll();
        Map<ReportStatus, Long> byStatus = new EnumMap<>(ReportStatus.class);
        rows.forEach(r -> byStatus.merge(r.status(), 1L, Long::sum));
        for (ReportStatus status : ReportStatus.values()) {
            Span badge = new Span(getTranslation("status." + status.name()) + " " + byStatus.getOrDefault(status, 0L));
            badge.getElement().getThemeList().add("badge");
            badge.addClassName("campaign-count");
            counts.add(badge);
        }
        long overdue = rows.stream().filter(BoardRow::overdue).count();
        Span late = new Span(getTranslation("campaign.board.overdueCount", overdue));
        late.getElement().getThemeList().add("badge error");
        counts.add(late);
    }

    void showRows() {
        List<BoardRow> visible = visibleRows();
        exportFiltered(filter());
        // An empty table says why: no township in the campaign, or none that the filters let through.
        grid.setEmptyStateText(getTranslation(
                rows.isEmpty() || visible.size() == rows.size()
                        ? "campaign.board.empty"
                        : "campaign.board.emptyFiltered"));
        grid.setItems(visible);
    }

    List<BoardRow> visibleRows() {
        return rows.stream().filter(filter()::test).toList();
    }

    /** The filters as they are set: the table and its export show the same townships. */
    BoardFilter filter() {
        return new BoardFilter(statusFilter.getValue(), overdueOnly.getValue());
    }

    /** The export link: the campaign's workbook of the townships that the filter lets through, in the reader's language. */
    private void exportFiltered(BoardFilter filter) {
        CampaignSummary campaign = picker.getValue();
        if (campaign == null) {
            return;
        }
        Locale locale = getLocale();
        long id = campaign.id();
        export.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] book = campaigns.boardXlsx(id, filter, locale);
            return new DownloadResponse(
                    new ByteArrayInputStream(book),
                    "campaign-" + campaign.year() + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    book.length);
        }));
    }

    private void confirmUrgeAll() {
        CampaignSummary campaign = picker.getValue();
        if (campaign == null) {
            return;
        }
        long count = rows.stream().filter(r -> r.overdue() && !r.submitted()).count();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("campaign.urgeAll.title"));
        confirm.setText(getTranslation("campaign.urgeAll.text", count));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("campaign.cancel"));
        confirm.setConfirmText(getTranslation("campaign.urgeAll.confirm"));
        confirm.addConfirmListener(e -> urgeAllConfirmed(campaign));
        confirm.open();
    }

    /** Urges every overdue township of the campaign, once confirmed; null when the service refused. */
    UrgeOutcome urgeAllConfirmed(CampaignSummary campaign) {
        try {
            UrgeOutcome outcome = campaigns.urgeOverdue(campaign.id(), null);
            Notification.show(getTranslation("campaign.urgeAll.done", outcome.urged(), outcome.skipped()));
            return outcome;
        } catch (FlowException ex) {
            error(ex);
            return null;
        }
    }

    private void error(FlowException e) {
        Notification n = Notification.show(getTranslation(e.messageKey(), e.args()));
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private String time(Instant at) {
        return grid.time(at);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("campaign.board.pageTitle");
    }
}
