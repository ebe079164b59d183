package cn.fazhi.flow.org;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds import files as a county fills in the template: the sheets 乡镇 and 用户 with the template's Chinese headers,
 * then rows of text. {@link #county} fills one with N townships and M users (a drafter, a lead, an advisor and a
 * reviewer in turn), for the tests that set up a whole county.
 */
public final class ImportFiles {

    public static final List<String> TOWNSHIP_HEADERS = List.of("名称", "类型", "代码");
    public static final List<String> USER_HEADERS = List.of("登录名", "姓名", "手机号", "电子邮箱", "角色", "所属乡镇", "服务乡镇");

    private final List<List<String>> townships = new ArrayList<>();
    private final List<List<String>> users = new ArrayList<>();
    private List<String> townshipHeaders = TOWNSHIP_HEADERS;
    private List<String> userHeaders = USER_HEADERS;

    public static ImportFiles file() {
        return new ImportFiles();
    }

    /**
     * A county of {@code townships} townships ({@code <prefix>1镇} … with codes {@code <prefix>-T1} …; the prefix in
     * letters and digits, unique to the test) and {@code users}
     * users with logins {@link #login}(prefix, 0) …: user j is a drafter of township j/4 when j % 4 == 0, its lead when
     * 1, a legal advisor serving it and the next township when 2, a county reviewer when 3.
     */
    public static ImportFiles county(String prefix, int townships, int users) {
        ImportFiles file = file();
        for (int i = 0; i < townships; i++) {
            file.township(townshipName(prefix, i), i % 3 == 0 ? "乡" : i % 3 == 1 ? "镇" : "街道", prefix + "-T" + (i + 1));
        }
        for (int j = 0; j < users; j++) {
            int t = (j / 4) % townships;
            String name = "用户" + (j + 1);
            String phone = "138" + String.format("%08d", j);
            String email = login(prefix, j) + "@example.cn";
            switch (j % 4) {
                case 0 -> file.user(login(prefix, j), name, phone, email, "起草人", townshipName(prefix, t), "");
                case 1 -> file.user(login(prefix, j), name, phone, email, "乡镇负责人", prefix + "-T" + (t + 1), "");
                case 2 -> file.user(
                        login(prefix, j),
                        name,
                        phone,
                        email,
                        "法律顾问",
                        "",
                        townshipName(prefix, t) + "、" + townshipName(prefix, (t + 1) % townships));
                default -> file.user(
                        login(prefix, j), name, "0394-8" + String.format("%06d", j), email, "县级审核", "", "");
            }
        }
        return file;
    }

    /** The login of the county's user j (a drafter when j % 4 == 0). */
    public static String login(String prefix, int j) {
        return prefix.toLowerCase() + "-u" + (j + 1);
    }

    public static String townshipName(String prefix, int i) {
        return prefix + (i + 1) + "镇";
    }

    public ImportFiles township(String... cells) {
        townships.add(List.of(cells));
        return this;
    }

    public ImportFiles user(String... cells) {
        users.add(List.of(cells));
        return this;
    }

    public ImportFiles townshipHeaders(String... headers) {
        townshipHeaders = List.of(headers);
        return this;
    }

    public ImportFiles userHeaders(String... headers) {
        userHeaders = List.of(headers);
        return this;
    }

    public byte[] bytes() {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheet(book.createSheet("乡镇"), townshipHeaders, townships);
            sheet(book.createSheet("用户"), userHeaders, users);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Sheet sheet, List<String> headers, List<List<String>> rows) {
        Row head = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            head.createCell(c).setCellValue(headers.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                row.createCell(c).setCellValue(cells.get(c));
            }
        }
    }
}
