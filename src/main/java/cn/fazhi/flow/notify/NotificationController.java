package cn.fazhi.flow.notify;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The current user's notifications and e-mail choice, and 催办, over JSON: the same service as the UI. */
@RestController
class NotificationController {

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    record UrgeBody(String message) {}

    record EmailBody(boolean enabled) {}

    /** The latest 50, newest first, titled in the caller's language (Accept-Language). */
    @GetMapping("/api/notifications")
    List<NotificationItem> list(Locale locale) {
        return notifications.list(locale);
    }

    @GetMapping("/api/notifications/unread-count")
    Map<String, Long> unreadCount() {
        return Map.of("unread", notifications.unreadCount());
    }

    @PostMapping("/api/notifications/{id}/read")
    Map<String, Long> read(@PathVariable long id) {
        notifications.markRead(id);
        return Map.of("unread", notifications.unreadCount());
    }

    @PostMapping("/api/notifications/read-all")
    Map<String, Long> readAll() {
        notifications.markAllRead();
        return Map.of("unread", notifications.unreadCount());
    }

    @GetMapping("/api/notifications/email")
    EmailBody email() {
        return new EmailBody(notifications.emailEnabled());
    }

    @PutMapping("/api/notifications/email")
    EmailBody setEmail(@RequestBody EmailBody body) {
        notifications.setEmailEnabled(body.enabled());
        return new EmailBody(notifications.emailEnabled());
    }

    /** 200 when urged; 429 when the report was urged too recently, with a message naming when it may be again. */
    @PostMapping("/api/reports/{id}/urge")
    Map<String, Object> urge(@PathVariable long id, @RequestBody(required = false) UrgeBody body) {
        notifications.urge(id, body == null ? null : body.message());
        return Map.of("urged", true);
    }
}
