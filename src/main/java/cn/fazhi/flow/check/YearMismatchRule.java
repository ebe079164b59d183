package cn.fazhi.flow.check;

import cn.fazhi.flow.check.CheckInput.Block;
import cn.fazhi.flow.check.CheckInput.Zone;
import cn.fazhi.flow.report.PartKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A year that contradicts the report year: the title naming another year, a heading of a part about the report year
 * (MEASURES, SHORTCOMINGS, LEADERSHIP) naming another year, a heading of the next year's plans (NEXT_YEAR) naming a
 * year other than the report year + 1. Only when the report year is known. The years of a range (2021—2025年, as in a
 * cited title) are not read.
 */
@Component
class YearMismatchRule implements CheckRule {

    static final String ID = "year-mismatch";

    /** A year written before 年: 2022年, 2022年度, 二〇二二年; not the end of a range (…2025年 after a dash or 至). */
    private static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2}|[一二][〇○零一二三四五六七八九]{3})[ \\t]*年");

    /** What may not stand right before a year: more digits, or a dash or 至 ending a range. */
    private static final String NOT_BEFORE = "0123456789０１２３４５６７８９〇○零一二三四五六七八九—–-－~～至";

    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(CheckInput input) {
        if (input.year().isEmpty()) {
            return List.of();
        }
        int year = input.year().get();
        List<Finding> findings = new ArrayList<>();
        for (Block block : input.blocks()) {
            if (block.zone() == Zone.TITLE) {
                Matcher m = YEAR.matcher(block.text());
                if (nextYear(m, block.text())) {
                    int named = value(m.group(1));
                    if (named != year) {
                        findings.add(finding(block, m.group(1), year, "check.year-mismatch.title"));
                    }
                }
            } else if (block.zone() == Zone.HEADING && block.part() != null && block.part() != PartKind.OTHER) {
                boolean next = block.part() == PartKind.NEXT_YEAR;
                int expected = next ? year + 1 : year;
                Matcher m = YEAR.matcher(block.text());
                while (nextYear(m, block.text())) {
                    if (value(m.group(1)) != expected) {
                        findings.add(finding(
                                block,
                                m.group(1),
                                expected,
                                next ? "check.year-mismatch.nextYear" : "check.year-mismatch.heading"));
                        break;
                    }
                }
            }
        }
        return findings;
    }

    /** Finds the next year that does not end a range (nor is part of a longer number). */
    private static boolean nextYear(Matcher m, String text) {
        while (m.find()) {
            if (m.start() == 0 || NOT_BEFORE.indexOf(text.charAt(m.start() - 1)) < 0) {
                return true;
            }
        }
        return false;
    }

    private static Finding finding(Block block, String named, int expected, String key) {
        return Finding.at(ID, Severity.WARNING, block, named + "年", key, named + "年", expected + "年")
                .suggest("check.year-mismatch.use", named + "年", expected + "年");
    }

    /** 2022 or 二〇二二 as a number. */
    static int value(String digits) {
        int v = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            int d = c >= '0' && c <= '9' ? c - '0' : c == '○' || c == '零' ? 0 : CHINESE_DIGITS.indexOf(c);
            v = v * 10 + d;
        }
        return v;
    }
}
