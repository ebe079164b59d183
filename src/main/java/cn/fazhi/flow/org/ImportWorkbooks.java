package cn.fazhi.flow.org;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The import's workbooks: the empty template (the sheets 乡镇 and 用户 with their headers bold and frozen, every column
 * formatted as text so that a phone number keeps its leading zero, a drop-down for a township's kind, and a sheet of
 * instructions), and the list of imported accounts with their one-time passwords. Every cell that holds what someone
 * typed is quote-prefixed, so that Excel keeps it text even when edited.
 */
final class ImportWorkbooks {

    private static final int[] TOWNSHIP_WIDTHS = {24, 10, 18};
    private static final int[] USER_WIDTHS = {16, 12, 16, 26, 26, 20, 36};

    private ImportWorkbooks() {}

    static byte[] template(ImportFormat format, ImportFormat.Translator translate, Locale zh) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles styles = new Styles(book);
            Sheet townships = book.createSheet(format.townshipSheet());
            header(townships, format.townshipHeaders(), TOWNSHIP_WIDTHS, styles);
            DataValidationHelper validations = townships.getDataValidationHelper();
            DataValidation kind = validations.createValidation(
                    validations.createExplicitListConstraint(
                            format.kindNames().values().toArray(String[]::new)),
                    new CellRangeAddressList(1, ImportSheets.MAX_ROWS, ImportFormat.T_KIND, ImportFormat.T_KIND));
            kind.setShowErrorBox(true);
            townships.addValidationData(kind);

            Sheet users = book.createSheet(format.userSheet());
            header(users, format.userHeaders(), USER_WIDTHS, styles);

            Sheet help = book.createSheet(format.helpSheet());
            header(
                    help,
                    List.of(
                            translate.get(zh, "import.help.sheet"),
                            translate.get(zh, "import.help.column"),
                            translate.get(zh, "import.help.required"),
                            translate.get(zh, "import.help.meaning")),
                    new int[] {10, 14, 8, 90},
                    styles);
            int r = 1;
            r = helpRows(
                    help,
                    r,
                    format.townshipSheet(),
                    format.townshipHeaders(),
                    ImportFormat.TOWNSHIP_KEYS,
                    ImportFormat.TOWNSHIP_REQUIRED,
                    format,
                    translate,
                    zh,
                    styles);
            r = helpRows(
                    help,
                    r,
                    format.userSheet(),
                    format.userHeaders(),
                    ImportFormat.USER_KEYS,
                    ImportFormat.USER_REQUIRED,
                    format,
                    translate,
                    zh,
                    styles);
            r++;
            for (String key :
                    List.of("import.help.note.allOrNothing", "import.help.note.rows", "import.help.note.separators")) {
                help.createRow(r++).createCell(0).setCellValue(translate.get(zh, key, ImportSheets.MAX_ROWS));
            }
            return bytes(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int helpRows(
            Sheet help,
            int r,
            String sheet,
            List<String> headers,
            List<String> keys,
            List<Integer> required,
            ImportFormat format,
            ImportFormat.Translator translate,
            Locale zh,
            Styles styles) {
        for (int c = 0; c < headers.size(); c++) {
            Row row = help.createRow(r++);
            row.createCell(0).setCellValue(sheet);
            row.createCell(1).setCellValue(headers.get(c));
            row.createCell(2)
                    .setCellValue(translate.get(zh, required.contains(c) ? "import.help.yes" : "import.help.no"));
            // {0}: the county roles, {1}: the kinds of township.
            String meaning = translate.get(
                    zh,
                    keys.get(c).replace("import.column.", "import.help."),
                    String.join("、", format.countyRoleNames()),
                    format.kindList());
            row.createCell(3).setCellValue(meaning);
            row.getCell(3).setCellStyle(styles.wrapped);
        }
        return r;
    }

    /** The accounts an import created, with their one-time passwords: for the administrator to hand them over. */
    static byte[] accounts(List<ImportedAccount> accounts, List<String> headers, String sheetName) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles styles = new Styles(book);
            Sheet sheet = book.createSheet(sheetName);
            header(sheet, headers, new int[] {18, 16, 18}, styles);
            int r = 1;
            for (ImportedAccount account : accounts) {
                Row row = sheet.createRow(r++);
                text(row, 0, account.login(), styles);
                text(row, 1, account.name(), styles);
                text(row, 2, account.oneTimePassword(), styles);
            }
            return bytes(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Sheet sheet, List<String> headers, int[] widths, Styles styles) {
        Row head = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            head.createCell(c).setCellValue(headers.get(c));
            head.getCell(c).setCellStyle(styles.header);
            sheet.setColumnWidth(c, widths[c] * 256);
            sheet.setDefaultColumnStyle(c, styles.text);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void text(Row row, int column, String value, Styles styles) {
        row.createCell(column).setCellValue(value);
        row.getCell(column).setCellStyle(styles.text);
    }

    private static byte[] bytes(XSSFWorkbook book) throws IOException {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        }
    }

    /** The cell styles: a bold header, text cells (format "@", quote-prefixed), wrapped instructions. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle wrapped;

        Styles(XSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            short textFormat = book.createDataFormat().getFormat("@");
            header = book.createCellStyle();
            header.setFont(bold);
            header.setQuotePrefixed(true);
            text = book.createCellStyle();
            text.setDataFormat(textFormat);
            text.setQuotePrefixed(true);
            wrapped = book.createCellStyle();
            wrapped.setWrapText(true);
        }
    }
}
