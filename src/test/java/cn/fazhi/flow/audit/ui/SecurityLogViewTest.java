package cn.fazhi.flow.audit.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractViewTest;
import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.base.SecurityAction;
import cn.fazhi.flow.base.SecurityEvent;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.shell.ShellTestView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The auditor's page (Karibu, on the demo county): the auditor starts there and has no other page; the entries with
 * translated actions and times for people; the filters; the decisions of the reports' histories beside the entries;
 * and the refusals of the UI, which the page then shows. Every other role is refused the page.
 */
class SecurityLogViewTest extends AbstractViewTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    ReportService reports;

    private static Class<?> shown() {
        return UI.getCurrent()
                .getInternals()
                .getActiveRouterTargetsChain()
                .get(0)
                .getClass();
    }

    private SecurityLogView openAsAuditor() {
        login("auditor");
        UI.getCurrent().navigate(SecurityLogView.class);
        return _get(SecurityLogView.class);
    }

    private static List<String> row(SecurityLogView view, int index) {
        return _getFormattedRow(view.grid, index);
    }

    @Test
    void theAuditorStartsAtTheLogAndHasNoOtherPage() {
        login("auditor");
        UI.getCurrent().navigate("");
        assertThat(shown()).isEqualTo(SecurityLogView.class);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsExactly("安全审计");
        assertThat(_get(H2.class).getText()).isEqualTo("安全审计日志");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("安全审计");
    }

    @Test
    void everyOtherRoleIsRefusedThePage() {
        for (String user : List.of("drafter1", "lead1", "advisor", "county", "admin", "sysadmin")) {
            login(user);
            UI.getCurrent().navigate(SecurityLogView.class);
            assertThat(shown()).as(user).isNotEqualTo(SecurityLogView.class);
            assertThat(_find(SecurityLogView.class)).as(user).isEmpty();
            assertThat(_get(H2.class).getText()).as(user).isEqualTo("无权访问");
        }
    }

    @Test
    void entriesShowTranslatedActionsAndTimesForPeopleAndTheFiltersNarrowThem() {
        // Other tests of this application context sign drafter2 in too: what this test adds is counted on top.
        SecurityLogView before = openAsAuditor();
        _setValue(before.user, "drafter2");
        _setValue(before.from, LocalDate.now());
        int earlier = _size(before.grid);
        int earlierSignIns = (int) IntStream.range(0, earlier)
                .filter(i -> row(before, i).get(3).equals("登录"))
                .count();
        UI.getCurrent().navigate(ShellTestView.class); // so that the page is opened anew below
        events.publishEvent(SecurityEvent.succeeded(SecurityAction.SIGN_IN, "drafter2", "user:drafter2", "表单登录"));
        events.publishEvent(SecurityEvent.failed(SecurityAction.SIGN_IN_FAILED, "drafter2", "user:drafter2", "密码错误"));
        SecurityLogView view = openAsAuditor();

        _setValue(view.user, "drafter2");
        _setValue(view.from, LocalDate.now());
        assertThat(_size(view.grid)).isEqualTo(earlier + 2);
        assertThat(view.count.getText()).isEqualTo("共 " + (earlier + 2) + " 条记录");
        List<String> failed = row(view, 0);
        assertThat(failed.get(0)).matches("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}:\\d{2}");
        assertThat(failed.get(1)).isEqualTo("榆垡镇起草人（drafter2）");
        assertThat(failed.subList(3, 5)).containsExactly("登录失败", "用户 drafter2");
        assertThat(failed.get(6)).isEqualTo("密码错误");
        Component result = _getCellComponent(view.grid, 0, "result");
        assertThat(((Span) result).getText()).isEqualTo("失败");
        assertThat(row(view, 1).get(3)).isEqualTo("登录");

        _setValue(view.result, false);
        assertThat(IntStream.range(0, _size(view.grid))
                        .mapToObj(i -> row(view, i).get(3)))
                .isNotEmpty()
                .allMatch(action -> !action.equals("登录"));
        _setValue(view.result, null);
        _setValue(view.action, "SIGN_IN");
        assertThat(_size(view.grid)).isEqualTo(earlierSignIns + 1);
        assertThat(view.action.getItemLabelGenerator().apply("SIGN_IN_FAILED")).isEqualTo("登录失败");
        assertThat(view.action.getItemLabelGenerator().apply("APPROVED")).isEqualTo("审核通过");
        _setValue(view.to, LocalDate.now().minusDays(1));
        assertThat(view.count.getText()).isEqualTo("开始时间必须早于结束时间。");
        assertThat(view.export.isEnabled()).isFalse();
        _setValue(view.from, null);
        assertThat(_size(view.grid)).isZero();
        assertThat(view.count.getText()).isEqualTo("共 0 条记录");
    }

    @Test
    void theReportsDecisionsShowBesideTheEntriesEachWithItsReport() {
        SecurityLogView view = openAsAuditor();
        _setValue(view.action, "PUBLISHED");
        // Other tests publish reports too: 沈丘县's, published by the demo data, is among them.
        List<String> published = IntStream.range(0, _size(view.grid))
                .mapToObj(i -> row(view, i))
                .filter(r -> r.get(1).contains("shenqiu"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("沈丘县's published report is not in the log"));
        assertThat(published.get(1)).isEqualTo("沈丘县管理员（shenqiu）");
        assertThat(published.get(3)).isEqualTo("公开发布");
        assertThat(published.get(4)).matches("报告 \\d+");
        assertThat(view.export.isEnabled()).isTrue();
        assertThat(view.export.getHref()).isNotBlank();
    }

    @Test
    void refusalsInTheUiAreRecorded() {
        login("admin");
        UI.getCurrent().navigate(SecurityLogView.class);
        long yufa = reportOf("drafter2");
        login("drafter1");
        UI.getCurrent().navigate("reports/" + yufa);
        assertThat(_get(H2.class).getText()).isEqualTo("无权访问");
        UI.getCurrent().navigate(ShellTestView.class);
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(FlowException.forbidden("error.notDrafter")));

        SecurityLogView view = openAsAuditor();
        _setValue(view.action, "ACCESS_DENIED");
        _setValue(view.from, LocalDate.now());
        _setValue(view.user, "admin");
        assertThat(row(view, 0).subList(3, 5)).containsExactly("拒绝访问", "页面 /audit");
        assertThat(row(view, 0).get(6)).isEqualTo("您的角色无权打开此页面。");
        _setValue(view.user, "drafter1");
        assertThat(row(view, 0).get(4)).isEqualTo("页面 /shell-test");
        assertThat(row(view, 0).get(6)).isEqualTo("只有本乡镇（街道）的起草人可以修改报告。");
        assertThat(row(view, 1).get(4)).isEqualTo("页面 /reports/" + yufa);
        assertThat(row(view, 1).get(6)).isEqualTo("您无权查看或操作该报告。");
    }
}
