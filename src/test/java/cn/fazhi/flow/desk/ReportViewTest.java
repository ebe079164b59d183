package cn.fazhi.flow.desk;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractViewTest;
import cn.fazhi.flow.base.Times;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.TownshipKind;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.review.Deadline;
import cn.fazhi.flow.review.ReviewService;
import cn.fazhi.flow.review.SubmitResult;
import cn.fazhi.flow.workflow.WorkflowService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The report page of 洪山镇 (drafter4) and 太要镇 (drafter1). */
class ReportViewTest extends AbstractViewTest {

    @Autowired
    private ReportService reports;

    @Autowired
    private ReviewService review;

    @Autowired
    private OrgService org;

    @Autowired
    private WorkflowService workflow;

    @Autowired
    private Clock clock;

    @Test
    void aSubmittedReportShowsItsStepHolderTimelineAndVersions() {
        long id = draftOf("drafter4");
        SubmitResult result = review.submit(id);
        assertThat(result.accepted()).isTrue();

        UI.getCurrent().navigate("reports/" + id);

        assertThat(text("report-township")).isEqualTo("洪山镇");
        assertThat(text("report-year")).isEqualTo("2023");
        assertThat(text("report-status")).isEqualTo("法律审核中");
        assertThat(text("report-step")).isEqualTo("法律顾问审核");
        assertThat(text("report-holder")).startsWith("待签收");
        assertThat(_find(Button.class, s -> s.withId("report-withdraw"))).hasSize(1);
        assertThat(_find(Button.class, s -> s.withId("report-edit"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("report-review"))).isEmpty();

        List<List<String>> timeline = rows(grid("report-timeline"));
        assertThat(timeline)
                .anySatisfy(row -> assertThat(row).contains("洪山镇起草人", "提交", "法律顾问审核", "第 " + result.version() + " 版"));
        assertThat(timeline).anySatisfy(row -> assertThat(row).contains("创建报告", "2023年度"));
        assertThat(timeline).allSatisfy(row -> assertThat(String.join(" ", row))
                .doesNotContainPattern("\\bv\\d|\\d{4}-\\d{2}-\\d{2}|system"));

        Details findings = _get(Details.class, s -> s.withId("report-findings"));
        assertThat(findings.getSummaryText()).isEqualTo("预审结果（第 " + result.version() + " 版）");

        Grid<?> versions = grid("report-versions");
        assertThat(rows(versions).get(0)).contains("第 " + result.version() + " 版", "洪山镇起草人");
        _clickItem(versions, 0);
        Dialog dialog = _get(Dialog.class, s -> s.withId("version-dialog"));
        assertThat(dialog.getHeaderTitle()).startsWith("第 " + result.version() + " 版");
        assertThat(dialog.getElement().getTextRecursively())
                .contains(reports.version(id, result.version()).title());
    }

    @Test
    void thePageSaysWhenTheOpenTaskIsDueAndWhenItIsOverdue() {
        OwnTownship own = OwnTownship.create(org, review, "洪山镇", TownshipKind.TOWN, "hongshan-2023.txt", 2023);
        login(own.drafter());
        String process = reports.get(own.reportId()).processInstanceId();
        Instant fivePm = LocalDate.now(clock)
                .plusDays(3)
                .atTime(17, 0)
                .atZone(clock.getZone())
                .toInstant();
        workflow.setDeadlines(process, fivePm, 5, 5);

        UI.getCurrent().navigate("reports/" + own.reportId());

        Span line = _get(Span.class, s -> s.withId("deadline-task"));
        assertThat(line.getText())
                .isEqualTo("办理期限：" + Times.dateTime(fivePm, Locale.CHINA, clock.getZone()) + "（剩 "
                        + Deadline.of(fivePm, clock).daysLeft() + " 天）");
        assertThat(line.getText()).contains(" 17:00（剩 ");

        Instant anHourAgo = Instant.now(clock).minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES);
        workflow.setDeadlines(process, anHourAgo, 5, 5);
        UI.getCurrent().navigate("reports/" + own.reportId() + "/edit");
        UI.getCurrent().navigate("reports/" + own.reportId());

        line = _get(Span.class, s -> s.withId("deadline-task"));
        assertThat(line.getText()).endsWith("（逾期 1 天）");
        assertThat(line.getClassNames()).contains("overdue");
    }

    @Test
    void theDrafterWithdrawsASubmissionNobodyClaimed() {
        long id = draftOf("drafter4");
        assertThat(review.submit(id).accepted()).isTrue();
        UI.getCurrent().navigate("reports/" + id);

        _click(_get(Button.class, s -> s.withId("report-withdraw")));

        assertThat(text("report-status")).isEqualTo("起草中");
        assertThat(text("report-step")).isEqualTo("起草报告");
        assertThat(_find(Button.class, s -> s.withId("report-withdraw"))).isEmpty();
        assertThat(rows(grid("report-timeline")))
                .anySatisfy(row -> assertThat(row).contains("撤回"));
        _click(_get(Button.class, s -> s.withId("report-edit")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("reports/" + id + "/edit");
    }

    @Test
    void theAdvisorMayReviewAPooledReport() {
        long id = draftOf("drafter4");
        assertThat(review.submit(id).accepted()).isTrue();
        login("advisor");
        UI.getCurrent().navigate("reports/" + id);

        assertThat(_find(Button.class, s -> s.withId("report-review"))).hasSize(1);
        assertThat(_find(Button.class, s -> s.withId("report-withdraw"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("report-edit"))).isEmpty();
    }

    @Test
    void aBlockedSubmissionIsInTheTimeline() {
        long id = draftOf("drafter1");
        assertThat(review.submit(id).accepted()).isFalse();
        UI.getCurrent().navigate("reports/" + id);

        assertThat(text("report-status")).isEqualTo("起草中");
        assertThat(_find(Button.class, s -> s.withId("report-edit"))).hasSize(1);
        assertThat(rows(grid("report-timeline")))
                .anySatisfy(row -> assertThat(row).contains("预审未通过", "缺少必备部分"))
                .noneSatisfy(row -> assertThat(String.join(" ", row)).contains("missing-part"));
        Details findings = _get(Details.class, s -> s.withId("report-findings"));
        assertThat(findings.getSummaryText()).isEqualTo("预审结果（当前稿）");
        assertThat(findings.getElement().getTextRecursively())
                .contains("1 个错误")
                .contains("缺少必备部分：“党政主要负责人履行第一责任人职责情况”");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("太要镇 2022年度报告");
    }

    @Test
    void aDrafterCannotOpenAnotherTownshipsReport() {
        long taiyao = draftOf("drafter1");
        login("drafter4");
        UI.getCurrent().navigate("reports/" + taiyao);

        assertThat(_get(Paragraph.class, s -> s.withClasses("error-message")).getText())
                .isEqualTo("您无权查看或操作该报告。");
        assertThat(_find(Span.class, s -> s.withId("report-status"))).isEmpty();

        UI.getCurrent().navigate("reports/" + taiyao + "/edit");
        assertThat(_get(Paragraph.class, s -> s.withClasses("error-message")).getText())
                .isEqualTo("您无权查看或操作该报告。");
        assertThat(_find(TextArea.class)).isEmpty();
    }

    @Test
    void theReportPageSpeaksEnglish() {
        long id = draftOf("drafter4");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("reports/" + id);

        assertThat(text("report-status")).isEqualTo("Drafting");
        assertThat(text("report-step")).isEqualTo("Draft the report");
        assertThat(_get(Button.class, s -> s.withId("report-edit")).getText()).isEqualTo("Edit");
        assertThat(grid("report-timeline").getColumns().get(2).getHeaderText()).isEqualTo("Action");
        assertThat(rows(grid("report-timeline")))
                .anySatisfy(row -> assertThat(row).contains("Report created"));
    }

    private static String text(String id) {
        return _get(Span.class, s -> s.withId(id)).getText();
    }

    private static Grid<?> grid(String id) {
        return _get(Grid.class, s -> s.withId(id));
    }

    private static List<List<String>> rows(Grid<?> grid) {
        return IntStream.range(0, _size(grid))
                .mapToObj(i -> _getFormattedRow(grid, i))
                .toList();
    }

    /** Signs in as the drafter and brings their township's report back to draft if a test left it in review. */
    private long draftOf(String drafter) {
        login(drafter);
        long id = reports.list().get(0).id();
        if (!reports.get(id).status().editable()) {
            review.withdraw(id);
        }
        return id;
    }
}
