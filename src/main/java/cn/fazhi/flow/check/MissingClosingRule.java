package cn.fazhi.flow.check;

import cn.fazhi.flow.check.CheckInput.Block;
import cn.fazhi.flow.check.CheckInput.Zone;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The closing (落款) at the end: the issuing office and the date, the date written as GB/T 9704-2012 has it — Arabic
 * digits, the year in full, month and day without a leading zero: 2022年12月26日. A date in another form (2022-12-26,
 * 2022.12.26, 二〇二二年十二月二十六日, 2022年12月) gets the right form as its suggestion when it can be read.
 */
@Component
class MissingClosingRule implements CheckRule {

    static final String ID = "missing-closing";

    /** The right form: 2022年12月26日. */
    private static final Pattern RIGHT = Pattern.compile("([12][0-9]{3})年([1-9]|1[0-2])月([1-9]|[12][0-9]|3[01])日");

    /** A date in Arabic digits in any usual form: 2022年12月26日, 2022-12-26, 2022.12.26, 2022/12/26, 2022年 12 月. */
    private static final Pattern ARABIC =
            Pattern.compile("([0-9０-９]{4})\\s*(?:年|[-－./／])\\s*([0-9０-９]{1,2})\\s*(?:月|[-－./／])?"
                    + "(?:\\s*([0-9０-９]{1,2})\\s*[日号]?)?");

    /** A date in Chinese numerals: 二〇二二年十二月二十六日. */
    private static final Pattern CHINESE = Pattern.compile(
            "([〇○零Ｏ一二三四五六七八九]{4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月" + "(?:\\s*([一二三四五六七八九十]{1,3})\\s*[日号])?");

    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(CheckInput input) {
        Block office = null;
        Block date = null;
        Block last = null;
        for (Block block : input.blocks()) {
            if (block.zone() == Zone.CLOSING_OFFICE) {
                office = block;
            } else if (block.zone() == Zone.CLOSING_DATE) {
                date = block;
            }
            last = block;
        }
        if (last == null) {
            return List.of();
        }
        if (office == null && date == null) {
            return List.of(new Finding(
                    ID,
                    Severity.WARNING,
                    null,
                    null,
                    last.line(),
                    "",
                    "check.missing-closing.none",
                    List.of(),
                    "check.missing-closing.addClosing",
                    List.of()));
        }
        if (date == null) {
            return List.of(Finding.at(ID, Severity.WARNING, office, office.text(), "check.missing-closing.noDate")
                    .suggest("check.missing-closing.addDate"));
        }
        Finding dateFinding = date(date);
        if (office == null) {
            Finding noOffice = Finding.at(ID, Severity.WARNING, date, date.text(), "check.missing-closing.noOffice")
                    .suggest("check.missing-closing.addOffice");
            return dateFinding == null ? List.of(noOffice) : List.of(noOffice, dateFinding);
        }
        return dateFinding == null ? List.of() : List.of(dateFinding);
    }

    /** The finding for a date not written as 2022年12月26日, or null. */
    private static Finding date(Block block) {
        String text = block.text();
        Matcher right = RIGHT.matcher(text);
        if (right.matches()) {
            if (valid(right.group(1), right.group(2), right.group(3))) {
                return null;
            }
            return Finding.at(ID, Severity.WARNING, block, text, "check.missing-closing.invalidDate", text)
                    .suggest("check.missing-closing.checkDate");
        }
        String[] parts = null;
        Matcher arabic = ARABIC.matcher(text);
        Matcher chinese = CHINESE.matcher(text);
        if (arabic.matches()) {
            parts = new String[] {digits(arabic.group(1)), digits(arabic.group(2)), digits(arabic.group(3))};
        } else if (chinese.matches()) {
            parts = new String[] {
                String.valueOf(chineseYear(chinese.group(1))),
                String.valueOf(NumberingMarker.number(chinese.group(2))),
                chinese.group(3) == null ? null : String.valueOf(NumberingMarker.number(chinese.group(3)))
            };
        }
        if (parts == null) {
            return Finding.at(ID, Severity.WARNING, block, text, "check.missing-closing.badDate", text)
                    .suggest("check.missing-closing.useForm");
        }
        if (parts[2] == null) {
            return Finding.at(ID, Severity.WARNING, block, text, "check.missing-closing.incompleteDate", text)
                    .suggest("check.missing-closing.addDay", parts[0] + "年" + Integer.parseInt(parts[1]) + "月");
        }
        if (!valid(parts[0], parts[1], parts[2])) {
            return Finding.at(ID, Severity.WARNING, block, text, "check.missing-closing.invalidDate", text)
                    .suggest("check.missing-closing.checkDate");
        }
        String form = parts[0] + "年" + Integer.parseInt(parts[1]) + "月" + Integer.parseInt(parts[2]) + "日";
        return Finding.at(ID, Severity.WARNING, block, text, "check.missing-closing.badDate", text)
                .suggest("check.missing-closing.useDate", form);
    }

    private static boolean valid(String year, String month, String day) {
        try {
            LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return true;
        } catch (DateTimeException | NumberFormatException e) {
            return false;
        }
    }

    /** Arabic digits, full-width ones made half-width; null stays null. */
    private static String digits(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= '０' && c <= '９' ? (char) ('0' + c - '０') : c);
        }
        return b.toString();
    }

    private static int chineseYear(String s) {
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = c == '○' || c == '零' || c == 'Ｏ' ? 0 : CHINESE_DIGITS.indexOf(c);
            v = v * 10 + d;
        }
        return v;
    }
}
