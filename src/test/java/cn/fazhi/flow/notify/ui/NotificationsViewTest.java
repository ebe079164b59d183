package cn.fazhi.flow.notify.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractViewTest;
import cn.fazhi.flow.notify.Notice;
import cn.fazhi.flow.notify.NotificationKind;
import cn.fazhi.flow.notify.NotificationService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The bell in the header and the list of notifications, on 城区街道 (lead3), which no other view test changes. */
class NotificationsViewTest extends AbstractViewTest {

    @Autowired
    NotificationService notifications;

    /** Tells lead3 that 城区街道's report is due, and answers the report. */
    private long remindLead3(String due) {
        long report = reportOf("drafter3");
        logout();
        notifications.send(
                new Notice(NotificationKind.SUBMISSION_REMINDER, report, Set.of("lead3"), Set.of(), Set.of(), due));
        login("lead3");
        return report;
    }

    /** The unread count on the bell, or "" when the badge is hidden (nothing unread). */
    private static String badge() {
        return _find(Span.class, s -> s.withId("notification-count")).stream()
                .map(Span::getText)
                .findFirst()
                .orElse("");
    }

    @Test
    void theBellCountsTheUnreadAndItsListOpensTheReportAndMarksItRead() {
        long report = remindLead3("2030-01-31");
        long unread = notifications.unreadCount();
        assertThat(unread).isPositive();
        UI.getCurrent().navigate("shell-test");
        assertThat(badge()).isEqualTo(String.valueOf(unread));

        _click(_get(Button.class, b -> b.withId("notification-bell")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("notifications");
        Grid<?> grid = grid();
        assertThat(_size(grid))
                .isEqualTo(notifications.list(UI.getCurrent().getLocale()).size());
        Span newest = titleAt(0);
        assertThat(newest.getText()).isEqualTo("城区街道2022年度报告须于2030年1月31日前提交");
        assertThat(newest.getClassNames()).contains("notification-unread");
        // When it came, as Chinese readers write it (2026年12月3日 17:00), not as an ISO date.
        assertThat(_getFormattedRow(grid, 0).get(1)).matches("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}");

        _clickItem(grid, 0);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("reports/" + report);
        assertThat(notifications.unreadCount()).isEqualTo(unread - 1);
        assertThat(badge()).isEqualTo(unread - 1 == 0 ? "" : String.valueOf(unread - 1));
    }

    @Test
    void markAllReadEmptiesTheBadge() {
        remindLead3("2030-02-28");
        UI.getCurrent().navigate("notifications");
        assertThat(badge()).isNotEmpty();

        _click(_get(Button.class, b -> b.withId("notifications-read-all")));

        assertThat(notifications.unreadCount()).isZero();
        assertThat(badge()).isEmpty();
        assertThat(titleAt(0).getText()).isEqualTo("城区街道2022年度报告须于2030年2月28日前提交");
        assertThat(titleAt(0).getClassNames()).contains("notification-read");
    }

    @Test
    void eachUserSwitchesTheirOwnMailOffAndOn() {
        login("lead3");
        UI.getCurrent().navigate("notifications");
        Checkbox email = _get(Checkbox.class, c -> c.withId("notifications-email"));
        assertThat(email.getValue()).isTrue();

        _setValue(email, false);
        assertThat(notifications.emailEnabled()).isFalse();
        login("drafter3");
        assertThat(notifications.emailEnabled()).isTrue();

        login("lead3");
        _setValue(email, true);
        assertThat(notifications.emailEnabled()).isTrue();
    }

    @Test
    void theListSpeaksEnglish() {
        remindLead3("2030-03-31");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("notifications");
        assertThat(titleAt(0).getText()).isEqualTo("城区街道 2022 report is due for submission by Mar 31, 2030");
        assertThat(_get(Button.class, b -> b.withId("notifications-read-all")).getText())
                .isEqualTo("Mark all read");
    }

    private static Grid<?> grid() {
        return _get(Grid.class, g -> g.withId("notifications"));
    }

    /** The title of the row's notification (the newest is row 0). */
    private static Span titleAt(int row) {
        Div cell = (Div) _getCellComponent(grid(), row, "title");
        return (Span) cell.getChildren().findFirst().orElseThrow();
    }
}
