package cn.fazhi.flow.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fazhi.flow.base.FlowException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Reading an import file: its rows as text with the row numbers a person sees, and the files it refuses. */
class ImportSheetsTest {

    private static final ImportFormat FORMAT = TestImportFormat.FORMAT;

    private static ImportSheets.Parsed read(byte[] bytes) {
        return ImportSheets.read("导入.xlsx", bytes, FORMAT);
    }

    @Test
    void rowsAreReadWithTheirExcelRowNumbersSkippingBlankRowsAndTrimmingFullWidthSpaces() {
        byte[] file = ImportFiles.file()
                .township("\u3000太要镇 ", "镇", "T-1")
                .township("", "", "")
                .township("城区街道", "街道", "\u00a0T-2\u200b")
                .user("zhang", "张三", "", "", "起草人", "太要镇", "")
                .bytes();

        ImportSheets.Parsed parsed = read(file);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.townships()).extracting(ImportSheets.SheetRow::number).containsExactly(2, 4);
        assertThat(parsed.townships().get(0).cells()).containsExactly("太要镇", "镇", "T-1");
        assertThat(parsed.townships().get(1).cell(ImportFormat.T_CODE)).isEqualTo("T-2");
        assertThat(parsed.users()).singleElement().satisfies(u -> {
            assertThat(u.number()).isEqualTo(2);
            assertThat(u.cell(ImportFormat.U_ROLES)).isEqualTo("起草人");
        });
    }

    @Test
    void columnsAreFoundByTheirHeaderInAnyOrderAndAMissingOneIsAProblemOfRowOne() {
        byte[] file = ImportFiles.file()
                .townshipHeaders("代码", "名称", "类型")
                .township("T-9", "洪山镇", "镇")
                .userHeaders("姓名", "登录名", "角色")
                .user("李四", "lisi", "县级审核")
                .bytes();

        ImportSheets.Parsed parsed = read(file);

        assertThat(parsed.townships().get(0).cells()).containsExactly("洪山镇", "镇", "T-9");
        assertThat(parsed.users().get(0).cell(ImportFormat.U_LOGIN)).isEqualTo("lisi");
        assertThat(parsed.problems())
                .extracting(p -> p.sheet() + p.row() + TestImportFormat.chinese(p))
                .containsExactly(
                        "用户1缺少“手机号”列（表头须与导入模板一致）。",
                        "用户1缺少“电子邮箱”列（表头须与导入模板一致）。",
                        "用户1缺少“所属乡镇”列（表头须与导入模板一致）。",
                        "用户1缺少“服务乡镇”列（表头须与导入模板一致）。");
    }

    @Test
    void formulasAreReadAsTheirTextNeverEvaluatedAndNumbersAsTheyShow() throws IOException {
        byte[] file;
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet users = book.createSheet("用户");
            Row head = users.createRow(0);
            for (int c = 0; c < ImportFiles.USER_HEADERS.size(); c++) {
                head.createCell(c).setCellValue(ImportFiles.USER_HEADERS.get(c));
            }
            Row row = users.createRow(1);
            row.createCell(0).setCellValue("wang");
            row.createCell(1).setCellFormula("HYPERLINK(\"http://x\",\"王五\")");
            row.createCell(2).setCellValue(13800138000d);
            row.createCell(4).setCellValue("<img src=x onerror=alert(1)>");
            book.write(out);
            file = out.toByteArray();
        }

        ImportSheets.Parsed parsed = read(file);

        ImportSheets.SheetRow row = parsed.users().get(0);
        assertThat(row.cell(ImportFormat.U_NAME)).isEqualTo("=HYPERLINK(\"http://x\",\"王五\")");
        assertThat(row.cell(ImportFormat.U_PHONE)).isEqualTo("13800138000");
        assertThat(row.cell(ImportFormat.U_ROLES)).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(parsed.townships()).isEmpty();
    }

    @Test
    void aFileThatIsNotAnXlsxIsRefusedWithAClearMessage() {
        byte[] text = "名称,类型,代码\n太要镇,镇,T-1".getBytes(StandardCharsets.UTF_8);

        assertRefused(() -> ImportSheets.read("乡镇.csv", text, FORMAT), "import.error.notXlsx");
        assertRefused(() -> ImportSheets.read("乡镇.xlsx", text, FORMAT), "import.error.notXlsx");
        assertRefused(() -> ImportSheets.read(null, new byte[0], FORMAT), "import.error.empty");
        // An old .xls (an OLE2 container) under an .xlsx name.
        byte[] ole2 = Arrays.copyOf(
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                512);
        assertRefused(() -> ImportSheets.read("x.xlsx", ole2, FORMAT), "import.error.notXlsx");
    }

    @Test
    void aCorruptTooLargeOrForeignWorkbookIsRefused() throws IOException {
        byte[] good = ImportFiles.county("bad", 2, 4).bytes();
        byte[] cut = Arrays.copyOf(good, good.length / 2);
        assertRefused(() -> read(cut), "import.error.corrupt");

        assertRefused(() -> read(new byte[ImportSheets.MAX_BYTES + 1]), "import.error.tooLarge");

        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("名称");
            book.write(out);
            assertRefused(() -> read(out.toByteArray()), "import.error.notTemplate");
        }
    }

    @Test
    void aFileOfMoreRowsThanTheLimitIsRefusedBeforeItIsChecked() {
        ImportFiles file = ImportFiles.file();
        for (int i = 0; i <= ImportSheets.MAX_ROWS; i++) {
            file.township("镇" + i, "镇", "C" + i);
        }
        assertRefused(() -> read(file.bytes()), "import.error.tooManyRows");
    }

    @Test
    void theTemplateHasItsThreeSheetsBoldFrozenHeadersAKindDropDownAndReadsBackEmpty() throws IOException {
        byte[] template = ImportWorkbooks.template(FORMAT, TestImportFormat::get, Locale.SIMPLIFIED_CHINESE);

        ImportSheets.Parsed parsed = read(template);
        assertThat(parsed.townships()).isEmpty();
        assertThat(parsed.users()).isEmpty();
        assertThat(parsed.problems()).isEmpty();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)))
                    .containsExactly("乡镇", "用户", "说明");
            Sheet users = book.getSheet("用户");
            assertThat(users.getRow(0).getCell(4).getStringCellValue()).isEqualTo("角色");
            assertThat(book.getFontAt(users.getRow(0).getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(users.getPaneInformation().isFreezePane()).isTrue();
            assertThat(users.getColumnWidth(6)).isGreaterThan(users.getColumnWidth(1));
            assertThat(book.getSheet("乡镇").getDataValidations()).singleElement().satisfies(v -> assertThat(
                            v.getValidationConstraint().getExplicitListValues())
                    .containsExactly("乡", "镇", "街道"));
            String help = sheetText(book.getSheet("说明"));
            assertThat(help).contains("起草人、乡镇负责人、法律顾问、县级审核、管理员", "乡、镇、街道", "2000");
            assertThat(help).doesNotContain("{0}", "{1}", "{2}");
        }
    }

    private static String sheetText(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        sheet.forEach(row ->
                row.forEach(cell -> text.append(cell.getStringCellValue()).append('\n')));
        return text.toString();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(FlowException.class, e -> assertThat(e.messageKey())
                .isEqualTo(key));
    }
}
