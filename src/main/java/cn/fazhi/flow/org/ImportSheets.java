package cn.fazhi.flow.org;

import cn.fazhi.flow.base.FlowException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an import file into rows of text, refusing what it cannot read safely: a file that is not an .xlsx workbook
 * (an old .xls, an encrypted or corrupt file, a zip bomb by POI's {@code ZipSecureFile} limits), one over
 * {@link #MAX_BYTES} or {@link #MAX_ROWS}, one with neither of the template's sheets. Every cell is read as the text
 * it shows (POI's DataFormatter); a formula is read as its text and never evaluated. Columns are found by their
 * header, so their order does not matter; a missing column is a problem of the sheet's row 1.
 */
final class ImportSheets {

    /** The largest file accepted: 5 MB, far above a county's few hundred rows. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    /** The most rows (townships and users together) one file may hold. */
    static final int MAX_ROWS = 2000;

    /** One row of a sheet: the number a person sees (the header is row 1) and its cells in the format's order. */
    record SheetRow(int number, List<String> cells) {

        String cell(int column) {
            return cells.get(column);
        }
    }

    /** The file's rows, and the problems of the file's structure (a missing column). */
    record Parsed(List<SheetRow> townships, List<SheetRow> users, List<ImportProblem> problems) {}

    private ImportSheets() {}

    static Parsed read(String filename, byte[] bytes, ImportFormat format) {
        if (filename != null
                && !filename.isBlank()
                && !filename.toLowerCase(Locale.ROOT).strip().endsWith(".xlsx")) {
            throw FlowException.invalid("import.error.notXlsx");
        }
        if (bytes.length == 0) {
            throw FlowException.invalid("import.error.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw FlowException.invalid("import.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(bytes);
        } catch (RuntimeException e) {
            throw FlowException.invalid("import.error.notXlsx");
        }
        if (magic != FileMagic.OOXML) {
            throw FlowException.invalid("import.error.notXlsx");
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet townships = book.getSheet(format.townshipSheet());
            Sheet users = book.getSheet(format.userSheet());
            if (townships == null && users == null) {
                throw FlowException.invalid("import.error.notTemplate", format.townshipSheet(), format.userSheet());
            }
            int rows =
                    (townships == null ? 0 : townships.getLastRowNum()) + (users == null ? 0 : users.getLastRowNum());
            if (rows > MAX_ROWS) {
                throw FlowException.invalid("import.error.tooManyRows", MAX_ROWS);
            }
            List<ImportProblem> problems = new ArrayList<>();
            return new Parsed(
                    rows(townships, format.townshipHeaders(), problems),
                    rows(users, format.userHeaders(), problems),
                    problems);
        } catch (IOException | RuntimeException e) {
            if (e instanceof FlowException flow) {
                throw flow;
            }
            throw FlowException.invalid("import.error.corrupt");
        }
    }

    private static List<SheetRow> rows(Sheet sheet, List<String> headers, List<ImportProblem> problems) {
        List<SheetRow> rows = new ArrayList<>();
        if (sheet == null) {
            return rows;
        }
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        Map<String, Integer> found = new HashMap<>();
        Row head = sheet.getRow(0);
        if (head != null) {
            for (Cell cell : head) {
                found.putIfAbsent(text(cell, formatter), cell.getColumnIndex());
            }
        }
        int[] columns = new int[headers.size()];
        for (int c = 0; c < headers.size(); c++) {
            Integer at = found.get(headers.get(c));
            if (at == null) {
                problems.add(ImportProblem.of(sheet.getSheetName(), 1, "import.problem.missingColumn", headers.get(c)));
                columns[c] = -1;
            } else {
                columns[c] = at;
            }
        }
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            List<String> cells = new ArrayList<>(headers.size());
            boolean blank = true;
            for (int column : columns) {
                String value = column < 0 ? "" : text(row.getCell(column), formatter);
                blank &= value.isEmpty();
                cells.add(value);
            }
            if (!blank) {
                rows.add(new SheetRow(r + 1, cells));
            }
        }
        return rows;
    }

    /** The cell's text as shown, trimmed; a formula's own text (with its '='), never its value. */
    static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        String value =
                cell.getCellType() == CellType.FORMULA ? "=" + cell.getCellFormula() : formatter.formatCellValue(cell);
        return trim(value);
    }

    /**
     * Without the spaces around it: whitespace, full-width (U+3000) and no-break spaces, zero-width spaces and byte
     * order marks.
     */
    static String trim(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && blank(value.charAt(start))) {
            start++;
        }
        while (end > start && blank(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }
}
