package cn.fazhi.flow.notify.ui;

import cn.fazhi.flow.base.Times;
import cn.fazhi.flow.notify.NotificationItem;
import cn.fazhi.flow.notify.NotificationService;
import cn.fazhi.flow.report.ReportPages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * The signed-in user's notifications, newest first: a click opens the report and marks the notification read; "mark
 * all read"; and the user's own switch for e-mail.
 */
@Route("notifications")
@RolesAllowed({"DRAFTER", "TOWNSHIP_LEAD", "LEGAL_ADVISOR", "COUNTY_REVIEWER", "ADMIN"})
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationService notifications;
    private final ZoneId zone;
    private final Grid<NotificationItem> grid = new Grid<>();
    private final Div empty = new Div();

    public NotificationsView(NotificationService notifications, Clock clock) {
        this.notifications = notifications;
        this.zone = clock.getZone();
        addClassName("notifications-view");
        setMaxWidth("1000px");

        H2 heading = new H2(getTranslation("notify.heading"));
        Button readAll =
                new Button(getTranslation("notify.readAll"), VaadinIcon.CHECK_SQUARE_O.create(), e -> readAll());
        readAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        readAll.setId("notifications-read-all");
        HorizontalLayout top = new HorizontalLayout(heading, readAll);
        top.setWidthFull();
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        top.expand(heading);

        Checkbox email = new Checkbox(getTranslation("notify.emailEnabled"), notifications.emailEnabled());
        email.setId("notifications-email");
        email.addValueChangeListener(e -> {
            notifications.setEmailEnabled(e.getValue());
            Notification.show(getTranslation(e.getValue() ? "notify.emailOn" : "notify.emailOff"));
        });

        grid.setId("notifications");
        grid.addComponentColumn(this::title)
                .setKey("title")
                .setHeader(getTranslation("notify.column.title"))
                .setFlexGrow(1);
        grid.addColumn(n -> Times.dateTime(n.createdAt(), getLocale(), zone))
                .setHeader(getTranslation("notify.column.at"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);

        empty.setText(getTranslation("notify.empty"));
        empty.setId("notifications-empty");
        empty.addClassName("empty-state");

        add(top, email, grid, empty);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notify.title");
    }

    private Component title(NotificationItem n) {
        Div box = new Div();
        Span title = new Span(n.title());
        title.addClassName(n.read() ? "notification-read" : "notification-unread");
        box.add(title);
        if (n.detail() != null && !n.detail().isBlank()) {
            Div detail = new Div(getTranslation("notify.message", n.detail()));
            detail.addClassName("notification-detail");
            box.add(detail);
        }
        return box;
    }

    /** Opens the notification's report and marks the notification read. */
    void open(NotificationItem n) {
        if (!n.read()) {
            notifications.markRead(n.id());
        }
        getUI().ifPresent(ui -> {
            UnreadChanged.fire(ui);
            ui.navigate(ReportPages.report(n.reportId()));
        });
    }

    private void readAll() {
        notifications.markAllRead();
        getUI().ifPresent(UnreadChanged::fire);
        refresh();
    }

    private void refresh() {
        List<NotificationItem> items = notifications.list(getLocale());
        grid.setItems(items);
        grid.setVisible(!items.isEmpty());
        empty.setVisible(items.isEmpty());
    }
}
