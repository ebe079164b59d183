package cn.fazhi.flow.notify.ui;

import cn.fazhi.flow.notify.NotificationService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

/**
 * The bell in the header: the number of unread notifications, counted again on every navigation and every 30 s (a UI
 * poll, no push); a click opens the list. One per main layout (prototype).
 */
@SpringComponent
@Scope("prototype")
public class NotificationBell extends Composite<Button> implements AfterNavigationObserver {

    static final int POLL_MILLIS = 30_000;

    private final NotificationService notifications;
    private final Span badge = new Span();
    private Registration poll;
    private Registration changes;

    NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    protected Button initContent() {
        Button bell = new Button(
                VaadinIcon.BELL.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.setId("notification-bell");
        bell.addClassName("notification-bell");
        badge.setId("notification-count");
        badge.addClassName("notification-count");
        bell.setSuffixComponent(badge);
        return bell;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ui.setPollInterval(POLL_MILLIS);
        poll = ui.addPollListener(e -> refresh());
        changes = ComponentUtil.addListener(ui, UnreadChanged.class, e -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (poll != null) {
            poll.remove();
        }
        if (changes != null) {
            changes.remove();
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    void refresh() {
        long unread = notifications.unreadCount();
        badge.setText(unread == 0 ? "" : unread > 99 ? "99+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
        String label = getTranslation("notify.bell", unread);
        getContent().setAriaLabel(label);
        getContent().setTooltipText(label);
    }
}
