package cn.fazhi.flow.desk;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractViewTest;
import cn.fazhi.flow.base.Times;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.TownshipKind;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportDetails;
import cn.fazhi.flow.report.ReportPart;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ReportStatus;
import cn.fazhi.flow.review.Deadline;
import cn.fazhi.flow.review.Decision;
import cn.fazhi.flow.review.DoneItem;
import cn.fazhi.flow.review.ReviewService;
import cn.fazhi.flow.review.SubmitResult;
import cn.fazhi.flow.review.TaskItem;
import cn.fazhi.flow.workflow.WorkflowService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The task list, on 盘龙彝族乡's 2023 report, each test on a report of its own (a county of its own with 盘龙彝族乡 and
 * its people, see {@link OwnTownship}): its draft lacks the LEADERSHIP part, which the tests add before submitting.
 * Stale tasks (withdrawn while the advisor's list shows them) are told and dropped from the list.
 */
class TasksViewTest extends AbstractViewTest {

    private static final String TASK_GONE = "该待办已被处理或已撤回，请刷新待办列表。";

    @Autowired
    private ReviewService review;

    @Autowired
    private ReportService reports;

    @Autowired
    private OrgService org;

    @Autowired
    private WorkflowService workflow;

    @Autowired
    private Clock clock;

    private OwnTownship panlong;

    @BeforeEach
    void aReportOfItsOwn() {
        logout();
        panlong = OwnTownship.create(org, review, "盘龙彝族乡", TownshipKind.TOWNSHIP, "panlong-2023.txt", 2023);
    }

    @Test
    void theDrafterSeesTheDraftTaskAndOpensTheEditor() {
        long id = panlong.reportId();
        login(panlong.drafter());
        assertThat(reports.get(id).status().editable()).isTrue();
        UI.getCurrent().navigate(TasksView.class);

        Grid<TaskItem> grid = tasksGrid();
        int row = rowOf(id).orElseThrow();
        assertThat(_getFormatted(grid, row, "report")).isEqualTo("盘龙彝族乡");
        assertThat(_getFormatted(grid, row, "year")).isEqualTo("2023年度");
        assertThat(_getFormatted(grid, row, "step")).isEqualTo("起草报告");
        assertThat(_getFormatted(grid, row, "holder")).isEqualTo("本乡镇（街道）起草人");
        assertThat(_getFormatted(grid, row, "due")).as("outside a campaign").isEqualTo("—");
        assertThat(_getFormatted(grid, row, "received")).matches("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}");
        _assertNone(_getCellComponent(grid, row, "marks"), Span.class, spec -> spec.withText("已退回"));
        _assertNone(_getCellComponent(grid, row, "actions"), Button.class, spec -> spec.withText("签收"));
        assertThat(_get(Tab.class, spec -> spec.withId("tab-mine")).getLabel()).isEqualTo("我的待办（1）");

        _click(_get(_getCellComponent(grid, row, "actions"), Button.class, spec -> spec.withText("办理")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("reports/" + id + "/edit");
    }

    @Test
    void claimingATaskWithdrawnMeanwhileTellsSoAndRefreshesTheList() {
        long id = panlong.reportId();
        submit(id);
        login(panlong.advisor());
        UI.getCurrent().navigate(TasksView.class);
        Grid<TaskItem> grid = tasksGrid();
        int row = rowOf(id).orElseThrow();
        assertThat(_getFormatted(grid, row, "step")).isEqualTo("法律顾问审核");
        assertThat(_getFormatted(grid, row, "holder")).isEqualTo("待签收");
        Button claim = _get(_getCellComponent(grid, row, "actions"), Button.class, spec -> spec.withText("签收"));

        login(panlong.drafter());
        review.withdraw(id);
        login(panlong.advisor());
        _click(claim);

        expectNotifications(TASK_GONE);
        assertThat(rowOf(id)).isEmpty();
        assertThat(reports.get(id).status().editable()).isTrue();
    }

    @Test
    void openingATaskWithdrawnMeanwhileTellsSoThenAFreshOneIsClaimedAndOpened() {
        long id = panlong.reportId();
        submit(id);
        login(panlong.advisor());
        UI.getCurrent().navigate(TasksView.class);
        Grid<TaskItem> grid = tasksGrid();
        Button open = _get(
                _getCellComponent(grid, rowOf(id).orElseThrow(), "actions"), Button.class, spec -> spec.withText("办理"));

        login(panlong.drafter());
        review.withdraw(id);
        login(panlong.advisor());
        _click(open);

        expectNotifications(TASK_GONE);
        clearNotifications();
        _get(TasksView.class);
        assertThat(rowOf(id)).isEmpty();

        submit(id);
        login(panlong.advisor());
        _click(_get(Button.class, spec -> spec.withId("tasks-refresh")));
        grid = tasksGrid();
        int row = rowOf(id).orElseThrow();
        _click(_get(_getCellComponent(grid, row, "actions"), Button.class, spec -> spec.withText("签收")));

        expectNotifications("已签收“盘龙彝族乡 2023年度报告”，请及时办理。");
        row = rowOf(id).orElseThrow();
        assertThat(_getFormatted(grid, row, "holder")).isEqualTo("我");
        assertThat(review.position(id).assignee()).isEqualTo(panlong.advisor());

        _click(_get(_getCellComponent(grid, row, "actions"), Button.class, spec -> spec.withText("办理")));
        _get(ReviewView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("reports/" + id + "/review");
    }

    @Test
    void theDoneTabListsTheDraftersSubmissions() {
        long id = panlong.reportId();
        for (int i = 0; i < 3; i++) {
            submit(id);
            if (i < 2) {
                review.withdraw(id);
            }
        }
        login(panlong.drafter());
        UI.getCurrent().navigate(TasksView.class);
        TabSheet tabs = _get(TabSheet.class);
        tabs.setSelectedTab(_get(Tab.class, spec -> spec.withId("tab-done")));

        @SuppressWarnings("unchecked")
        Grid<DoneItem> done = _get(Grid.class, spec -> spec.withId("done-grid"));
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < _size(done); i++) {
            if (_get(done, i).reportId() == id) {
                rows.add(i);
            }
        }
        assertThat(rows).hasSizeGreaterThanOrEqualTo(3);
        assertThat(_getFormatted(done, rows.get(0), "step")).isEqualTo("起草报告");

        _click((Button) _getCellComponent(done, rows.get(0), "actions"));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("reports/" + id);
    }

    @Test
    void theDraftIsDueAtTheSubmissionDeadlineAndRedOnceOverdue() {
        long id = panlong.reportId();
        LocalDate today = LocalDate.now(clock);
        Instant endOfDay = today.plusDays(11).atStartOfDay(clock.getZone()).toInstant();
        login(panlong.drafter());
        String process = reports.get(id).processInstanceId();
        workflow.setDeadlines(process, endOfDay, 5, 5);
        UI.getCurrent().navigate(TasksView.class);

        Grid<TaskItem> grid = tasksGrid();
        int row = rowOf(id).orElseThrow();
        assertThat(_getFormatted(grid, row, "due"))
                .isEqualTo(Times.date(today.plusDays(10), Locale.CHINA) + "（剩 10 天）");
        assertThat(grid.getColumnByKey("due").getPartNameGenerator().apply(_get(grid, row)))
                .isNull();

        Instant yesterday = today.atStartOfDay(clock.getZone()).toInstant();
        workflow.setDeadlines(process, yesterday, 5, 5);
        _click(_get(Button.class, spec -> spec.withId("tasks-refresh")));

        row = rowOf(id).orElseThrow();
        assertThat(_getFormatted(grid, row, "due"))
                .isEqualTo(Times.date(today.minusDays(1), Locale.CHINA) + "（逾期 1 天）");
        assertThat(grid.getColumnByKey("due").getPartNameGenerator().apply(_get(grid, row)))
                .isEqualTo("overdue");
    }

    @Test
    void aReviewTaskIsDueAfterItsReviewPeriodAndAReturnedReportIsMarked() {
        long id = panlong.reportId();
        submit(id);
        login(panlong.advisor());
        UI.getCurrent().navigate(TasksView.class);

        Grid<TaskItem> grid = tasksGrid();
        int row = rowOf(id).orElseThrow();
        Instant due = _get(grid, row).due();
        assertThat(due).isAfter(Instant.now(clock).plus(Duration.ofDays(5)));
        assertThat(_getFormatted(grid, row, "due"))
                .isEqualTo(Times.dateTime(due, Locale.CHINA, clock.getZone()) + "（剩 "
                        + Deadline.of(due, clock).daysLeft() + " 天）");

        String taskId = review.position(id).taskId();
        review.claim(taskId);
        review.decide(taskId, Decision.RETURN, "第二部分请补充数据。", false);
        login(panlong.drafter());
        _click(_get(Button.class, spec -> spec.withId("tasks-refresh")));

        grid = tasksGrid();
        row = rowOf(id).orElseThrow();
        assertThat(_get(grid, row).returned()).isTrue();
        _get(_getCellComponent(grid, row, "marks"), Span.class, spec -> spec.withText("已退回"));
        assertThat(_getFormatted(grid, row, "due"))
                .as("the submission deadline is met")
                .isEqualTo("—");
    }

    @Test
    void withNothingToDoTheListSaysSo() {
        login("admin");
        UI.getCurrent().navigate("tasks");

        _get(TasksView.class);
        assertThat(_get(Div.class, spec -> spec.withClasses("empty-state")).getText())
                .isEqualTo("暂无待办事项。有新的报告需要您办理时，会显示在这里。");
        assertThat(_find(Grid.class, spec -> spec.withId("tasks-grid"))).isEmpty();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("待办事项 · 法治政府建设年度报告审核");
    }

    @Test
    void inEnglishTheListSpeaksEnglish() {
        long id = panlong.reportId();
        submit(id);
        login(panlong.advisor());
        review.claim(review.position(id).taskId());
        login(panlong.advisor());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(TasksView.class);

        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Tasks · Rule-of-law report review");
        assertThat(_get(Tab.class, spec -> spec.withId("tab-done")).getLabel()).isEqualTo("Done");
        Grid<TaskItem> grid = tasksGrid();
        assertThat(grid.getColumnByKey("report").getHeaderText()).isEqualTo("Township");
        int row = rowOf(id).orElseThrow();
        assertThat(_getFormatted(grid, row, "report")).isEqualTo("盘龙彝族乡");
        assertThat(_getFormatted(grid, row, "year")).isEqualTo("2023");
        assertThat(_getFormatted(grid, row, "due")).contains(" left)");
        assertThat(_getFormatted(grid, row, "step")).isEqualTo("Legal review");
        assertThat(_getFormatted(grid, row, "holder")).isEqualTo("Me");
        _get(_getCellComponent(grid, row, "actions"), Button.class, spec -> spec.withText("Open"));
    }

    /** Saves the missing LEADERSHIP part into the draft (once) and submits it as the drafter. */
    private void submit(long id) {
        login(panlong.drafter());
        ReportDetails draft = reports.get(id);
        assertThat(draft.status().editable()).isTrue();
        ReportContent content = draft.content();
        if (content.part(PartKind.LEADERSHIP).isEmpty()) {
            List<ReportPart> parts = new ArrayList<>();
            for (ReportPart part : content.parts()) {
                if (part.kind() == PartKind.NEXT_YEAR) {
                    parts.add(new ReportPart(
                            PartKind.LEADERSHIP,
                            "三、党政主要负责人履行推进法治建设第一责任人职责情况",
                            "乡党委书记、乡长认真履行推进法治建设第一责任人职责，全年主持召开专题会议研究法治建设工作4次。"));
                    parts.add(new ReportPart(part.kind(), part.heading().replaceFirst("^三、", "四、"), part.body()));
                } else {
                    parts.add(part);
                }
            }
            reports.saveDraft(
                    id,
                    new ReportContent(content.title(), content.opening(), parts, content.closing()),
                    draft.lockVersion());
        }
        SubmitResult result = review.submit(id);
        assertThat(result.accepted())
                .as("pre-check findings: %s", result.findings())
                .isTrue();
        assertThat(result.status()).isEqualTo(ReportStatus.LEGAL_REVIEW);
    }

    @SuppressWarnings("unchecked")
    private static Grid<TaskItem> tasksGrid() {
        return _get(Grid.class, spec -> spec.withId("tasks-grid"));
    }

    /** The row of the report's task in the open tasks; empty when that list is hidden (no tasks) or lacks it. */
    @SuppressWarnings("unchecked")
    private static OptionalInt rowOf(long reportId) {
        List<Grid> grids = _find(Grid.class, spec -> spec.withId("tasks-grid"));
        if (grids.isEmpty()) {
            return OptionalInt.empty();
        }
        Grid<TaskItem> grid = grids.get(0);
        for (int i = 0; i < _size(grid); i++) {
            if (_get(grid, i).reportId() == reportId) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
