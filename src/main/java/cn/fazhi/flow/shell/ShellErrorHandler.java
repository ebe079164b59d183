package cn.fazhi.flow.shell;

import cn.fazhi.flow.base.AccessDenials;
import cn.fazhi.flow.base.FlowException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * What the user sees when something fails after a view is shown (a click, a save): a closable error notification in
 * their language, never a stack trace. A business failure ({@link FlowException}, also wrapped in another exception)
 * shows its own message; a denied method call "no access"; anything else a generic message, logged with its stack
 * trace on the server only. A refusal (403) is told to the security log, with the page it happened on.
 */
final class ShellErrorHandler implements ErrorHandler {

    static final int DURATION_MS = 6000;

    private static final Logger log = LoggerFactory.getLogger(ShellErrorHandler.class);

    private final AccessDenials denials;

    ShellErrorHandler(AccessDenials denials) {
        this.denials = denials;
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        Message message = message(failure);
        UI ui = event.getComponent().flatMap(Component::getUI).orElseGet(UI::getCurrent);
        if (message.refusal()) {
            String page = ui == null ? "" : ui.getActiveViewLocation().getPath();
            denials.record("page:" + page, message.key(), message.args());
        }
        if (ui == null) {
            return;
        }
        try {
            ui.accessSynchronously(() -> show(ui.getTranslation(message.key(), message.args())));
        } catch (UIDetachedException e) {
            log.debug("UI gone before the error message could be shown", e);
        }
    }

    /** The translation key and arguments that describe the failure to the user. */
    static Message message(Throwable failure) {
        FlowException flow = cause(failure, FlowException.class);
        if (flow != null) {
            log.debug("Business failure in the UI: {}", flow.getMessage());
            return new Message(flow.kind() == FlowException.Kind.FORBIDDEN, flow.messageKey(), flow.args());
        }
        AccessDeniedException denied = cause(failure, AccessDeniedException.class);
        if (denied != null) {
            log.info("Access denied in the UI: {}", denied.getMessage());
            return new Message(true, "error.noAccess");
        }
        log.error("Unexpected failure in the UI", failure);
        return new Message(false, "error.unexpected");
    }

    /** The first exception of the given type in the chain of causes, or {@code null}. */
    static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 20; depth++) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return null;
    }

    /** Opens the error notification in the current UI. */
    static Notification show(String text) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setDuration(DURATION_MS);
        notification.setPosition(Notification.Position.TOP_CENTER);
        Span message = new Span(text);
        message.addClassName("error-message");
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel(close.getTranslation("shell.close"));
        HorizontalLayout content = new HorizontalLayout(message, close);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        notification.add(content);
        notification.open();
        return notification;
    }

    /** What to tell the user, and whether it is a refusal (403). */
    record Message(boolean refusal, String key, Object... args) {}
}
