package cn.fazhi.flow.campaign;

import cn.fazhi.flow.base.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The tracking board as an .xlsx sheet: the campaign and the export time on top, then one row per township. */
class BoardWorkbook {

    /** Column header keys, in the order of the columns. */
    static final List<String> COLUMNS = List.of(
            "campaign.board.township",
            "campaign.board.status",
            "campaign.board.step",
            "campaign.board.holder",
            "campaign.board.submittedAt",
            "campaign.board.due",
            "campaign.board.daysLeft",
            "campaign.board.overdue",
            "campaign.board.returns",
            "campaign.board.lastActivity",
            "campaign.board.reportId");

    /** Rows above the table: title, export time, an empty row. */
    static final int HEADER_ROWS = 3;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages messages;
    private final Locale locale;
    private final ZoneId zone;

    BoardWorkbook(Messages messages, Locale locale, ZoneId zone) {
        this.messages = messages;
        this.locale = locale;
        this.zone = zone;
    }

    byte[] write(CampaignSummary campaign, List<BoardRow> rows, Instant exportedAt) {
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
                line.createCell(3).setCellValue(row.holderName() == null ? "" : row.holderName());
                line.getCell(3).setCellStyle(userText);
                line.createCell(4).setCellValue(time(row.submittedAt()));
                line.createCell(5).setCellValue(time(row.due()));
                if (row.daysLeft() != null) {
                    line.createCell(6).setCellValue(row.daysLeft());
                } else {
                    line.createCell(6).setCellValue("");
                }
                line.createCell(7).setCellValue(row.overdue() ? t("campaign.board.yes") : t("campaign.board.no"));
                line.createCell(8).setCellValue(row.returns());
                line.createCell(9).setCellValue(time(row.lastActivity()));
                line.createCell(10).setCellValue(row.reportId());
            }
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.setColumnWidth(c, 18 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    private String t(String key, Object... args) {
        return messages.get(locale, key, args);
    }
}
