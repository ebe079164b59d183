package cn.fazhi.flow.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractViewTest;
import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.report.ReportService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class ErrorViewTest extends AbstractViewTest {

    @Autowired
    OrgService org;

    @Autowired
    ReportService reports;

    /** Opens an address as a browser does, answering the HTTP status of the page. */
    private static int open(String location) {
        UI ui = UI.getCurrent();
        return ui.getInternals().getRouter().navigate(ui, new Location(location), NavigationTrigger.PAGE_LOAD);
    }

    @Test
    void aRefusedPageShowsTheTranslatedMessageInTheMainLayout() {
        login("drafter1");
        assertThat(open("shell-test/forbidden")).isEqualTo(403);
        FlowErrorView view = _get(FlowErrorView.class);
        assertThat(view.title()).isEqualTo("无权访问");
        assertThat(view.message()).isEqualTo("您无权查看或操作该报告。");
        assertThat(_get(view, Anchor.class).getText()).isEqualTo("返回我的待办");
        assertThat(_get(view, Anchor.class).getHref()).isEmpty();
        assertThat(_get(Span.class, s -> s.withId("current-user")).getText()).startsWith("太要镇起草人");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("无权访问");
    }

    @Test
    void aDrafterOpeningAnotherTownshipsReportIsToldTheyHaveNoAccess() {
        long yufa = org.runAs("drafter2", () -> reports.list()).get(0).id();
        login("drafter1");
        assertThat(open("reports/" + yufa)).isEqualTo(403);
        FlowErrorView view = _get(FlowErrorView.class);
        assertThat(view.message()).isEqualTo("您无权查看或操作该报告。");
        assertThat(_find(Span.class, s -> s.withText("榆垡镇"))).isEmpty();
    }

    @Test
    void theErrorPageAnswersTheFailuresHttpStatus() {
        login("drafter1");
        UI.getCurrent().navigate(ShellTestView.class);
        var view = new FlowErrorView();
        assertThat(view.setErrorParameter(
                        null, new ErrorParameter<>(FlowException.class, FlowException.forbidden("error.noAccess"))))
                .isEqualTo(403);
        assertThat(view.setErrorParameter(
                        null,
                        new ErrorParameter<>(FlowException.class, FlowException.notFound("error.reportNotFound", 7))))
                .isEqualTo(404);
        assertThat(view.message()).isEqualTo("报告不存在（编号 7）。");
        assertThat(view.setErrorParameter(
                        null, new ErrorParameter<>(FlowException.class, FlowException.conflict("error.taskGone"))))
                .isEqualTo(409);
        assertThat(view.title()).isEqualTo("操作冲突");
    }

    @Test
    void anUnknownAddressShowsATranslatedNotFoundPage() {
        login("drafter1");
        // As the browser does: the server has no route, so the client asks for the address and gets the error page.
        assertThat(open("no/such/page")).isEqualTo(404);
        NotFoundView view = _get(NotFoundView.class);
        assertThat(view.title()).isEqualTo("页面不存在");
        assertThat(view.message()).contains("页面不存在");
    }

    @Test
    void aFailureAfterThePageIsShownBecomesATranslatedNotification() {
        login("drafter1");
        UI.getCurrent().navigate(ShellTestView.class);
        var handler = VaadinSession.getCurrent().getErrorHandler();
        assertThat(handler).isInstanceOf(ShellErrorHandler.class);

        // A business failure, even wrapped, shows its own message.
        handler.error(new ErrorEvent(new IllegalStateException(FlowException.conflict("error.taskGone"))));
        assertThat(_get(Span.class, s -> s.withClasses("error-message")).getText())
                .isEqualTo("该待办已被处理或已撤回，请刷新待办列表。");
        com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications();

        handler.error(new ErrorEvent(new AccessDeniedException("denied")));
        assertThat(_get(Span.class, s -> s.withClasses("error-message")).getText())
                .isEqualTo("您无权查看或操作该报告。");
        com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications();

        UI.getCurrent().setLocale(Locale.ENGLISH);
        handler.error(new ErrorEvent(new NullPointerException("a bug")));
        assertThat(_get(Span.class, s -> s.withClasses("error-message")).getText())
                .doesNotContain("NullPointerException")
                .isEqualTo(
                        "Something unexpected went wrong. Try again later; if it persists, contact your administrator.");
    }

    @Test
    void anEngineFailureShowsNeitherTheEnginesClassNorItsMessage() {
        login("drafter1");
        assertThat(open("shell-test/engine")).isEqualTo(500);
        InternalErrorView page = _get(InternalErrorView.class);
        assertThat(page.message())
                .isEqualTo("系统出现意外错误，请稍后重试；如仍有问题请联系管理员。")
                .doesNotContain("ENGINE", "Suspended", "suspended");

        UI.getCurrent().navigate(ShellTestView.class);
        VaadinSession.getCurrent()
                .getErrorHandler()
                .error(new ErrorEvent(new SuspendedEntityInteractionException(EngineFailureTestView.ENGINE_MESSAGE)));
        assertThat(_get(Span.class, s -> s.withClasses("error-message")).getText())
                .isEqualTo(page.message());
    }
}
