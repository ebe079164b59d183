package cn.fazhi.flow.campaign.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.AbstractViewTest;
import cn.fazhi.flow.campaign.BoardRow;
import cn.fazhi.flow.campaign.CampaignService;
import cn.fazhi.flow.campaign.CampaignSummary;
import cn.fazhi.flow.campaign.OpenCampaign;
import cn.fazhi.flow.campaign.UrgeOutcome;
import cn.fazhi.flow.notify.ui.UrgeDialog;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.Role;
import cn.fazhi.flow.org.TownshipKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ReportStatus;
import cn.fazhi.flow.report.ReportTextParser;
import cn.fazhi.flow.review.ReviewService;
import cn.fazhi.flow.workflow.AnnualCampaignProcess;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * The tracking board in a county of its own (three townships: one overdue draft, one in legal review, one draft on
 * time), so the demo county's view tests are untouched.
 */
class CampaignBoardViewTest extends AbstractViewTest {

    private static final String COUNTY = "VTC";

    @Autowired
    OrgService org;

    @Autowired
    CampaignService campaigns;

    @Autowired
    ReviewService review;

    @Autowired
    ReportService reports;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    Clock clock;

    @BeforeEach
    void campaignInACountyOfItsOwn() throws Exception {
        if (org.hasCounty(COUNTY)) {
            return;
        }
        logout();
        long county = org.createCounty(COUNTY, "视图县", false);
        List<Long> townships = List.of(
                org.createTownship(county, "VTC-01", "甲镇", TownshipKind.TOWN),
                org.createTownship(county, "VTC-02", "乙镇", TownshipKind.TOWN),
                org.createTownship(county, "VTC-03", "丙乡", TownshipKind.TOWNSHIP));
        org.createUser("vtadmin", "demo123", "视图管理员", null, county, null, EnumSet.of(Role.ADMIN), Set.of());
        org.createUser("vtcounty", "demo123", "视图审核", null, county, null, EnumSet.of(Role.COUNTY_REVIEWER), Set.of());
        org.createUser(
                "vtdrafter2", "demo123", "乙镇起草人", null, county, townships.get(1), EnumSet.of(Role.DRAFTER), Set.of());
        int year = LocalDateTime.now(clock).getYear();
        long campaign = org.runAs(
                "vtadmin",
                () -> campaigns.open(
                        new OpenCampaign(year, LocalDateTime.now(clock).plusDays(10), 5, 5, null, null)));
        long second =
                org.runAs("vtadmin", () -> campaigns.board(campaign)).get(1).reportId();
        ReportContent text;
        try (InputStream in = new ClassPathResource("demo/samples/hongshan-2023.txt").getInputStream()) {
            text = new ReportTextParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        org.runAs(
                "vtdrafter2",
                () -> reports.saveDraft(second, text, reports.get(second).lockVersion()));
        org.runAs("vtdrafter2", () -> review.submit(second));
        // The first township's submission deadline, run now: it goes overdue.
        long first =
                org.runAs("vtadmin", () -> campaigns.board(campaign)).get(0).reportId();
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("campaign-" + campaign)
                .singleResult()
                .getId();
        management
                .createJobQuery()
                .processInstanceId(instance)
                .activityId(AnnualCampaignProcess.TIMER_SUBMISSION_OVERDUE)
                .list()
                .stream()
                .filter(job ->
                        first == (Long) runtime.getVariable(job.getExecutionId(), AnnualCampaignProcess.VAR_REPORT_ID))
                .forEach(job -> management.executeJob(job.getId()));
    }

    @Test
    void theBoardShowsEveryTownshipWithCountsAndAChart() {
        CampaignBoardView board = open("vtadmin");

        assertThat(_size(board.grid)).isEqualTo(3);
        assertThat(_getFormattedRow(board.grid, 1)).contains("法律审核中", "法律顾问审核", "待签收");
        assertThat(_getFormattedRow(board.grid, 0)).contains("起草中", "起草报告");
        assertThat(board.counts.getElement().getTextRecursively())
                .contains("起草中 2")
                .contains("法律审核中 1")
                .contains("逾期 1");
        Image chart = _get(board.chart, Image.class);
        assertThat(chart.getSrc()).startsWith("data:image/svg+xml;base64,");
        assertThat(new String(
                        Base64.getDecoder()
                                .decode(chart.getSrc().substring(chart.getSrc().indexOf(',') + 1)),
                        StandardCharsets.UTF_8))
                .contains("<svg")
                .contains("已完成 0%");
        assertThat(chart.getAlt()).hasValueSatisfying(alt -> assertThat(alt).contains("年度工作进度"));
        assertThat(board.deadlines.getText())
                .contains("报送截止")
                .containsPattern("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}");
        // Dates as Chinese readers write them, nowhere an ISO date.
        assertThat(board.deadlines.getText()).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        assertThat(_getFormattedRow(board.grid, 1))
                .noneMatch(cell -> cell.matches(".*\\d{4}-\\d{2}-\\d{2}.*"))
                .anyMatch(cell -> cell.matches("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}"));
        assertThat(board.openCampaign.isVisible()).isTrue();
        assertThat(board.export.getHref()).isNotBlank();
    }

    @Test
    void filtersByStatusAndOverdue() {
        CampaignBoardView board = open("vtcounty");

        board.overdueOnly.setValue(true);
        assertThat(board.visibleRows()).extracting(BoardRow::township).containsExactly("甲镇");
        Span days = (Span) board.grid.daysLeft(board.visibleRows().get(0));
        assertThat(days.getClassNames()).contains("overdue");

        board.overdueOnly.setValue(false);
        board.statusFilter.setValue(ReportStatus.LEGAL_REVIEW);
        assertThat(board.visibleRows()).extracting(BoardRow::township).containsExactly("乙镇");
        assertThat(board.openCampaign.isVisible()).isFalse();
    }

    @Test
    void theTableComesFirstAndAnEmptyFilterSaysSo() {
        CampaignBoardView board = open("vtadmin");
        assertThat(board.indexOf(board.grid)).isLessThan(board.indexOf(board.chartBox));
        assertThat(board.chartBox.isOpened()).isFalse();
        assertThat(board.chartBox.getSummaryText()).isEqualTo("进度图");

        board.statusFilter.setValue(ReportStatus.PUBLISHED);
        assertThat(_size(board.grid)).isZero();
        assertThat(board.grid.getEmptyStateText()).isEqualTo("没有符合筛选条件的乡镇。");
        board.statusFilter.clear();
        assertThat(_size(board.grid)).isEqualTo(3);
        assertThat(board.grid.getEmptyStateText()).isEqualTo("本年度工作还没有乡镇。");
    }

    @Test
    void theOpeningFormProposesAYearWithoutACampaign() {
        CampaignBoardView board = open("vtadmin");
        _click(board.openCampaign);
        OpenCampaignDialog dialog = _get(OpenCampaignDialog.class);

        assertThat(campaigns.list()).extracting(CampaignSummary::year).doesNotContain(dialog.year.getValue());
        assertThat(OpenCampaignDialog.proposedYear(LocalDate.of(2026, 12, 3), Set.of(2026)))
                .isEqualTo(2027);
        assertThat(OpenCampaignDialog.proposedYear(LocalDate.of(2027, 2, 1), Set.of()))
                .isEqualTo(2026);
        assertThat(OpenCampaignDialog.proposedYear(LocalDate.of(2027, 2, 1), Set.of(2026, 2027)))
                .isEqualTo(2028);
    }

    @Test
    void theExportHoldsTheTownshipsTheFiltersShowWithTheirHolders() throws Exception {
        CampaignBoardView board = open("vtcounty");
        board.overdueOnly.setValue(true);
        assertThat(townships(DownloadKt._download(board.export))).containsExactly("甲镇");

        board.overdueOnly.setValue(false);
        board.statusFilter.setValue(ReportStatus.LEGAL_REVIEW);
        byte[] xlsx = DownloadKt._download(board.export);
        assertThat(townships(xlsx)).containsExactly("乙镇");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            // The holder as the board shows it (待签收 while nobody has taken the review).
            assertThat(book.getSheetAt(0).getRow(4).getCell(3).getStringCellValue())
                    .isEqualTo("待签收")
                    .isIn(_getFormattedRow(board.grid, 0));
        }
    }

    @Test
    void theDatePickersSpeakChineseWithTheWeekFromMonday() {
        CampaignBoardView board = open("vtadmin");
        _click(board.openCampaign);
        OpenCampaignDialog dialog = _get(OpenCampaignDialog.class);

        for (DatePicker.DatePickerI18n i18n :
                List.of(dialog.publicationDue.getI18n(), dialog.submissionDue.getDatePickerI18n())) {
            assertThat(i18n.getMonthNames()).startsWith("一月", "二月").endsWith("十二月");
            assertThat(i18n.getWeekdays()).startsWith("星期日", "星期一");
            assertThat(i18n.getWeekdaysShort()).startsWith("周日", "周一");
            assertThat(i18n.getToday()).isEqualTo("今天");
            assertThat(i18n.getCancel()).isEqualTo("取消");
            assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
            assertThat(i18n.getDateFormats()).startsWith("yyyy年M月d日").contains("yyyy-M-d");
        }
    }

    @Test
    void theDatePickersSpeakEnglishInEnglish() {
        login("vtadmin");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(CampaignBoardView.class);
        _click(_get(CampaignBoardView.class).openCampaign);
        DatePicker.DatePickerI18n i18n =
                _get(OpenCampaignDialog.class).publicationDue.getI18n();

        assertThat(i18n.getMonthNames()).startsWith("January");
        assertThat(i18n.getWeekdaysShort()).startsWith("Sun", "Mon");
        assertThat(i18n.getToday()).isEqualTo("Today");
        assertThat(i18n.getCancel()).isEqualTo("Cancel");
    }

    @Test
    void openingACampaignForAYearThatHasOneShowsWhyAndKeepsTheForm() {
        CampaignBoardView board = open("vtadmin");
        _click(board.openCampaign);
        OpenCampaignDialog dialog = _get(OpenCampaignDialog.class);

        _setValue(dialog.year, LocalDateTime.now(clock).getYear());
        _setValue(dialog.submissionDue, LocalDateTime.now(clock).minusDays(1));
        _click(dialog.save);
        assertThat(dialog.error.getText()).contains("报送截止时间已过");

        _setValue(dialog.submissionDue, LocalDateTime.now(clock).plusDays(30));
        _click(dialog.save);
        assertThat(dialog.error.getText()).contains("已经启动");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(_get(dialog, DateTimePicker.class).getValue()).isNotNull();
    }

    @Test
    void urgingEveryOverdueTownshipAsksFirst() {
        CampaignBoardView board = open("vtadmin");
        assertThat(board.urgeAll.isEnabled()).isTrue();
        _click(board.urgeAll);
        MockVaadin.clientRoundtrip();
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.isOpened()).isTrue();
        assertThat(confirm.getElement().getProperty("message")).contains("1 个逾期未报送的乡镇");

        UrgeOutcome outcome = board.urgeAllConfirmed(board.picker.getValue());

        assertThat(outcome.urged()).isEqualTo(1);
        assertThat(outcome.skipped()).isZero();

        // Again at once: the township urged a moment ago is skipped and counted, nothing is rolled back.
        UrgeOutcome again = board.urgeAllConfirmed(board.picker.getValue());
        assertThat(again.urged()).isZero();
        assertThat(again.skipped()).isEqualTo(1);
    }

    @Test
    void urgingOneTownshipFromItsRowNamesItAndUrgesItsReport() {
        CampaignBoardView board = open("vtadmin");
        // The township in legal review: not overdue, so urging all the overdue ones (another test) is not touched.
        board.statusFilter.setValue(ReportStatus.LEGAL_REVIEW);
        String township = GridKt._get(board.grid, 0).township();

        _click((Button) _getCellComponent(board.grid, 0, BoardGrid.URGE_COLUMN));
        UrgeDialog dialog = _get(UrgeDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("催办：" + township);
        _setValue(_get(TextArea.class, t -> t.withId("urge-message")), "请本周内提交。");
        _click(_get(Button.class, b -> b.withId("urge-send")));

        assertThat(dialog.isOpened()).isFalse();
        _click((Button) _getCellComponent(board.grid, 0, BoardGrid.URGE_COLUMN));
        _click(_get(_get(UrgeDialog.class), Button.class, b -> b.withId("urge-send")));
        assertThat(_get(Span.class, s -> s.withId("urge-error")).getText()).isNotBlank();
    }

    /** The townships a workbook lists, in its order. */
    private static List<String> townships(byte[] xlsx) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            // Below the title, the export time, the filter and the column headers.
            return IntStream.rangeClosed(4, sheet.getLastRowNum())
                    .mapToObj(r -> sheet.getRow(r).getCell(0).getStringCellValue())
                    .toList();
        }
    }

    private CampaignBoardView open(String user) {
        login(user);
        UI.getCurrent().navigate(CampaignBoardView.class);
        return _get(CampaignBoardView.class);
    }
}
