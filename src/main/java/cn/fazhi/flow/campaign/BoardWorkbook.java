package cn.fazhi.flow.campaign;

import cn.fazhi.flow.base.Messages;
import cn.fazhi.flow.base.Times;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The tracking board as an .xlsx sheet: the campaign, the export time and the board's filter on top, then one row per
 * township the filter lets through, with the holder and the days left or overdue as the board says them; the column
 * headers stay in sight when scrolling.
 */
class BoardWorkbook {

    /** Column header keys, in the order of the columns. */
    static final List<String> COLUMNS = List.of(
            "campaign.board.township",
            "campaign.board.status",
            "campaign.board.step",
            "campaign.board.holder",
            "campaign.board.submittedAt",
            "campaign.board.due",
            "campaign.xlsx.daysLeft",
            "campaign.xlsx.daysOverdue",
            "campaign.board.overdue",
            "campaign.board.returns",
            "campaign.board.lastActivity",
            "campaign.board.reportId");

    /** Rows above the table: title, export time, the filter (empty when none). */
    static final int HEADER_ROWS = 3;

    private final Messages messages;
    private final Locale locale;
    private final ZoneId zone;

    BoardWorkbook(Messages messages, Locale locale, ZoneId zone) {
        this.messages = messages;
        this.locale = locale;
        this.zone = zone;
    }

    byte[] write(CampaignSummary campaign, BoardFilter filter, List<BoardRow> rows, Instant exportedAt) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(t("campaign.xlsx.sheet"));
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            // Cells holding what users typed (county, township and user names) are quote-prefixed: Excel keeps such a
            // cell text even when someone edits it, so a name like "=HYPERLINK(…)" never becomes a formula.
            CellStyle userText = book.createCellStyle();
            userText.setQuotePrefixed(true);
            CellStyle headerText = book.createCellStyle();
            headerText.setFont(bold);
            headerText.setQuotePrefixed(true);

            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(t("campaign.xlsx.title", campaign.county(), campaign.year()));
            title.getCell(0).setCellStyle(headerText);
            sheet.createRow(1)
                    .createCell(0)
                    .setCellValue(t("campaign.xlsx.exportedAt", time(exportedAt), time(campaign.submissionDue())));
            sheet.createRow(2).createCell(0).setCellValue(filter(filter));

            Row head = sheet.createRow(HEADER_ROWS);
            for (int c = 0; c < COLUMNS.size(); c++) {
                head.createCell(c).setCellValue(t(COLUMNS.get(c)));
                head.getCell(c).setCellStyle(header);
            }
            int r = HEADER_ROWS + 1;
            for (BoardRow row : rows) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(row.township());
                line.getCell(0).setCellStyle(userText);
                line.createCell(1).setCellValue(t("status." + row.status().name()));
                line.createCell(2).setCellValue(row.step() == null ? "" : t("step." + row.step()));
                line.createCell(3).setCellValue(holder(row));
                line.getCell(3).setCellStyle(userText);
                line.createCell(4).setCellValue(time(row.submittedAt()));
                line.createCell(5).setCellValue(time(row.due()));
                if (row.daysLeft() != null && row.daysLeft() >= 0) {
                    line.createCell(6).setCellValue(row.daysLeft());
                }
                if (row.daysOverdue() != null) {
                    line.createCell(7).setCellValue(row.daysOverdue());
                }
                line.createCell(8).setCellValue(row.overdue() ? t("campaign.board.yes") : t("campaign.board.no"));
                line.createCell(9).setCellValue(row.returns());
                line.createCell(10).setCellValue(time(row.lastActivity()));
                line.createCell(11).setCellValue(row.reportId());
            }
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.setColumnWidth(c, 18 * 256);
            }
            sheet.createFreezePane(0, HEADER_ROWS + 1);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The holder as the board names them: the person, or 待签收 while the task waits in its pool. */
    private String holder(BoardRow row) {
        if (row.holderName() != null) {
            return row.holderName();
        }
        return row.inPool() ? t("campaign.board.pool") : "";
    }

    private String filter(BoardFilter filter) {
        if (!filter.filters()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (filter.status() != null) {
            parts.add(t(
                    "campaign.xlsx.filterStatus", t("status." + filter.status().name())));
        }
        if (filter.overdueOnly()) {
            parts.add(t("campaign.xlsx.filterOverdue"));
        }
        return t("campaign.xlsx.filter", String.join(t("campaign.xlsx.filterSeparator"), parts));
    }

    private String time(Instant at) {
        return Times.dateTime(at, locale, zone);
    }

    private String t(String key, Object... args) {
        return messages.get(locale, key, args);
    }
}
