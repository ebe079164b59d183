package cn.fazhi.flow.notify.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractViewTest;
import cn.fazhi.flow.notify.NotificationItem;
import cn.fazhi.flow.notify.NotificationKind;
import cn.fazhi.flow.notify.NotificationService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 催办 on the report page, on 城区街道's report (in draft, so its drafters hold it). */
class UrgeViewTest extends AbstractViewTest {

    @Autowired
    NotificationService notifications;

    @Test
    void theCountyUrgesOnceThenIsToldWhenItMayAgainAndTheDrafterSeesTheMessage() {
        long report = reportOf("drafter3");
        login("county");
        UI.getCurrent().navigate("reports/" + report);

        _click(_get(Button.class, b -> b.withId("report-urge")));
        _setValue(_get(TextArea.class, t -> t.withId("urge-message")), "请本周内提交。");
        _click(_get(Button.class, b -> b.withId("urge-send")));

        expectNotifications("已催办。");
        Grid<?> timeline = _get(Grid.class, g -> g.withId("report-timeline"));
        assertThat(_getFormattedRow(timeline, 0)).contains("李审核", "催办", "起草报告", "请本周内提交。");

        _click(_get(Button.class, b -> b.withId("report-urge")));
        _click(_get(Button.class, b -> b.withId("urge-send")));
        Span error = _get(Span.class, s -> s.withId("urge-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).matches("这份报告刚催办过，\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2} 之后才能再次催办。");

        login("drafter3");
        List<NotificationItem> mine = notifications.list(Locale.SIMPLIFIED_CHINESE);
        assertThat(mine.get(0).kind()).isEqualTo(NotificationKind.URGED);
        assertThat(mine.get(0).title()).isEqualTo("李审核催办城区街道2022年度报告：起草报告");
        assertThat(mine.get(0).detail()).isEqualTo("请本周内提交。");
    }

    @Test
    void draftersAndLeadsHaveNoUrgeButton() {
        long report = reportOf("drafter3");
        UI.getCurrent().navigate("reports/" + report);
        _assertNone(Button.class, b -> b.withId("report-urge"));
        login("lead3");
        UI.getCurrent().navigate("reports/" + report);
        _assertNone(Button.class, b -> b.withId("report-urge"));
    }
}
