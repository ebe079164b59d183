package cn.fazhi.flow.audit.ui;

import cn.fazhi.flow.audit.AuditService;
import cn.fazhi.flow.audit.SecurityLogEntry;
import cn.fazhi.flow.audit.SecurityLogFilter;
import cn.fazhi.flow.audit.SecurityLogTexts;
import cn.fazhi.flow.base.DatePickers;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The auditor's page (审计管理员), and their only one: the security log, newest first, with the process decisions of
 * the reports' histories beside it; filters by time, user, action and result; the entries that match as .xlsx.
 * {@link AuditService} checks that the user is an AUDITOR.
 */
@Route("audit")
@Menu(title = "menu.audit", order = 30)
@RolesAllowed("AUDITOR")
public class SecurityLogView extends VerticalLayout implements HasDynamicTitle {

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final TextField user = new TextField();
    final ComboBox<String> action = new ComboBox<>();
    final Select<Boolean> result = new Select<>();
    final Anchor export = new Anchor();
    final Span count = new Span();
    final Grid<SecurityLogEntry> grid = new Grid<>();

    private final AuditService audit;
    private final ZoneId zone;
    private final SecurityLogTexts texts;

    public SecurityLogView(AuditService audit, Clock clock) {
        this.audit = audit;
        this.zone = clock.getZone();
        this.texts = new SecurityLogTexts(this::getTranslation, getLocale(), zone);
        addClassName("security-log-view");
        setSizeFull();

        from.setId("audit-from");
        from.setLabel(getTranslation("security.filter.from"));
        to.setId("audit-to");
        to.setLabel(getTranslation("security.filter.to"));
        DatePickers.localized(from);
        DatePickers.localized(to);
        user.setId("audit-user");
        user.setLabel(getTranslation("security.filter.user"));
        user.setPlaceholder(getTranslation("security.filter.userHint"));
        user.setClearButtonVisible(true);
        action.setId("audit-action");
        action.setLabel(getTranslation("security.filter.action"));
        action.setItems(SecurityLogFilter.actions());
        action.setItemLabelGenerator(texts::action);
        action.setPlaceholder(getTranslation("security.filter.all"));
        action.setClearButtonVisible(true);
        result.setId("audit-result");
        result.setLabel(getTranslation("security.filter.result"));
        result.setItems(true, false);
        result.setEmptySelectionAllowed(true);
        result.setEmptySelectionCaption(getTranslation("security.filter.all"));
        result.setPlaceholder(getTranslation("security.filter.all"));
        result.setItemLabelGenerator(
                r -> r == null ? "" : getTranslation(r ? "security.result.success" : "security.result.failure"));
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        user.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        result.addValueChangeListener(e -> refresh());

        export.setId("audit-export");
        export.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("security.export")));
        count.setId("audit-count");
        buildGrid();

        // Narrow enough that the filters and the export share one row on a 1366 pixel wide screen.
        from.setWidth("10em");
        to.setWidth("10em");
        user.setWidth("10em");
        action.setWidth("13em");
        result.setWidth("8em");
        HorizontalLayout filters = new HorizontalLayout(from, to, user, action, result, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("security.title")), filters, count, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    /**
     * One column per {@link SecurityLogTexts#COLUMNS}: the result a word, red for a failure; the detail takes the room
     * that is left.
     */
    private void buildGrid() {
        grid.setId("audit-grid");
        for (String column : SecurityLogTexts.COLUMNS) {
            Grid.Column<SecurityLogEntry> added = column.equals("result")
                    ? grid.addComponentColumn(this::resultCell)
                    : grid.addColumn(e -> texts.cell(column, e));
            added.setKey(column).setHeader(texts.header(column));
            switch (column) {
                case "detail" -> added.setTooltipGenerator(texts::detail).setFlexGrow(1);
                    // A name, a login or a request can be long: cut to a width, whole in the tooltip.
                case "who" -> added.setTooltipGenerator(texts::who)
                        .setWidth("13em")
                        .setFlexGrow(0);
                case "target" -> added.setTooltipGenerator(texts::target)
                        .setWidth("15em")
                        .setFlexGrow(0);
                default -> added.setAutoWidth(true).setFlexGrow(0);
            }
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("security.empty"));
    }

    private Span resultCell(SecurityLogEntry entry) {
        Span span = new Span(texts.result(entry));
        if (!entry.success()) {
            span.addClassName("failed");
        }
        return span;
    }

    /** The filters as they are set: the days from and to, both whole. */
    SecurityLogFilter filter() {
        return new SecurityLogFilter(
                start(from.getValue()),
                to.getValue() == null ? null : start(to.getValue().plusDays(1)),
                user.getValue(),
                action.getValue(),
                result.getValue());
    }

    private Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    void refresh() {
        if (from.getValue() != null && to.getValue() != null && from.getValue().isAfter(to.getValue())) {
            count.setText(getTranslation("audit.error.timeRange"));
            grid.setItems();
            export.setEnabled(false);
            return;
        }
        SecurityLogFilter filter = filter();
        long total = audit.securityLog(filter, 0, 1).total();
        count.setText(getTranslation("security.count", total));
        grid.setItems(
                query -> audit.securityLog(filter, query.getPage(), query.getPageSize()).entries().stream(),
                query -> (int) Math.min(total, Integer.MAX_VALUE));
        Locale locale = getLocale();
        export.setEnabled(total > 0);
        export.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] book = audit.securityLogXlsx(filter, locale);
            return new DownloadResponse(
                    new ByteArrayInputStream(book),
                    "security-log.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    book.length);
        }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.pageTitle");
    }
}
