package cn.fazhi.flow.notify;

import java.time.Instant;

/** One notification of the current user, its title in their language; {@code readAt} is null while unread. */
public record NotificationItem(
        long id, NotificationKind kind, long reportId, String title, String detail, Instant createdAt, Instant readAt) {

    public boolean read() {
        return readAt != null;
    }
}
