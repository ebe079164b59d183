package cn.fazhi.flow.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The security log as an .xlsx sheet: a title, the export time and how many entries it holds on top, then one row per
 * entry, newest first, every cell a text cell (a login such as {@code =1+1} stays text). Written as a stream, so a
 * large export holds only a window of rows in memory.
 */
class SecurityLogWorkbook {

    /** Rows above the table: title, export time and count, an empty row. */
    static final int HEADER_ROWS = 3;

    /** Rows kept in memory while writing; older ones go to a temporary file, removed when the sheet is written. */
    private static final int ROWS_IN_MEMORY = 200;

    /** Column widths in characters, in the order of {@link SecurityLogTexts#COLUMNS}. */
    private static final int[] WIDTHS = {22, 24, 16, 14, 24, 8, 60};

    private final SecurityLogTexts texts;
    private final SecurityLogTexts.Translation t;

    SecurityLogWorkbook(SecurityLogTexts texts, SecurityLogTexts.Translation translation) {
        this.texts = texts;
        this.t = translation;
    }

    /** The sheet; {@code summary} is the line under the title (export time, count, a cut-off). */
    byte[] write(List<SecurityLogEntry> entries, String summary) {
        SXSSFWorkbook book = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try (book;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            write(book, entries, summary);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            book.dispose();
        }
    }

    private void write(SXSSFWorkbook book, List<SecurityLogEntry> entries, String summary) {
        Sheet sheet = book.createSheet(t.get("security.xlsx.sheet"));
        Font bold = book.createFont();
        bold.setBold(true);
        CellStyle header = book.createCellStyle();
        header.setFont(bold);

        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(t.get("security.xlsx.title"));
        title.getCell(0).setCellStyle(header);
        sheet.createRow(1).createCell(0).setCellValue(summary);

        List<String> columns = SecurityLogTexts.COLUMNS;
        Row head = sheet.createRow(HEADER_ROWS);
        for (int c = 0; c < columns.size(); c++) {
            head.createCell(c).setCellValue(texts.header(columns.get(c)));
            head.getCell(c).setCellStyle(header);
        }
        // Entries hold what anybody typed (a login tried at the sign-in form): quote-prefixed, Excel keeps such a cell
        // text even when someone edits it, so "=HYPERLINK(…)" never becomes a formula in the auditor's hands.
        CellStyle text = book.createCellStyle();
        text.setQuotePrefixed(true);
        int r = HEADER_ROWS + 1;
        for (SecurityLogEntry entry : entries) {
            Row line = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                line.createCell(c).setCellValue(texts.cell(columns.get(c), entry));
                line.getCell(c).setCellStyle(text);
            }
        }
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
    }
}
