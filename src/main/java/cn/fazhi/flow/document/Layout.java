package cn.fazhi.flow.document;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The GB/T 9704-2012 layout both renderings share: page and type area, the grid of 22 lines of 28 characters, the
 * fonts and sizes, the heading level a paragraph's numbering gives it, and the date of the closing.
 */
final class Layout {

    static final double PAGE_WIDTH_MM = 210;
    static final double PAGE_HEIGHT_MM = 297;
    static final double TOP_MM = 37;
    /** The binding (left) margin. */
    static final double LEFT_MM = 28;

    static final double TYPE_WIDTH_MM = 156;
    static final double TYPE_HEIGHT_MM = 225;
    static final double RIGHT_MM = PAGE_WIDTH_MM - LEFT_MM - TYPE_WIDTH_MM;
    static final double BOTTOM_MM = PAGE_HEIGHT_MM - TOP_MM - TYPE_HEIGHT_MM;

    static final int LINES = 22;
    static final int CHARS = 28;

    /** 2号 for the title, 3号 for the text, 4号 for page numbers. */
    static final int TITLE_PT = 22;

    static final int TEXT_PT = 16;
    static final int PAGE_NUMBER_PT = 14;

    static final String TITLE_FONT = "方正小标宋简体";
    static final String TEXT_FONT = "仿宋_GB2312";
    static final String HEI_FONT = "黑体";
    static final String KAI_FONT = "楷体_GB2312";
    static final String SONG_FONT = "宋体";
    static final String LATIN_FONT = "Times New Roman";

    /** How a paragraph is set, by the numbering it starts with. */
    enum Level {
        /** 一、 : 黑体. */
        FIRST(HEI_FONT),
        /** （一） : 楷体. */
        SECOND(KAI_FONT),
        /** 1. : 仿宋. */
        THIRD(TEXT_FONT),
        /** （1） : 仿宋. */
        FOURTH(TEXT_FONT),
        BODY(TEXT_FONT);

        final String font;

        Level(String font) {
            this.font = font;
        }
    }

    private static final Pattern FIRST = Pattern.compile("^[一二三四五六七八九十]{1,3}[、．.]");
    private static final Pattern SECOND = Pattern.compile("^[（(][一二三四五六七八九十]{1,3}[）)]");
    private static final Pattern THIRD = Pattern.compile("^[\\d０-９]{1,2}[.．、](?![\\d０-９])");
    private static final Pattern FOURTH = Pattern.compile("^[（(][\\d０-９]{1,2}[）)]");

    /** The end of a heading written at the start of a paragraph: its first sentence. */
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]");

    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "^([\\d０-９]{4})\\s*(?:年|[-－.．/／])\\s*([\\d０-９]{1,2})\\s*(?:月|[-－.．/／])\\s*([\\d０-９]{1,2})\\s*日?$");

    private Layout() {}

    static double mmToPt(double mm) {
        return mm / 25.4 * 72;
    }

    static int mmToTwips(double mm) {
        return (int) Math.round(mmToPt(mm) * 20);
    }

    /** The line pitch of the grid: the type area's height over 22 lines (about 28.95 pt). */
    static double linePitchPt() {
        // Rounded down to whole twips (579, i.e. 28.95 pt, the figure of the official templates), so 22 lines fit.
        return Math.floor(mmToPt(TYPE_HEIGHT_MM) / LINES * 20) / 20;
    }

    /** The character pitch of the grid: the type area's width over 28 characters (about 15.79 pt). */
    static double charPitchPt() {
        return mmToPt(TYPE_WIDTH_MM) / CHARS;
    }

    static Level level(String paragraph) {
        if (FIRST.matcher(paragraph).find()) {
            return Level.FIRST;
        }
        if (SECOND.matcher(paragraph).find()) {
            return Level.SECOND;
        }
        if (FOURTH.matcher(paragraph).find()) {
            return Level.FOURTH;
        }
        if (THIRD.matcher(paragraph).find()) {
            return Level.THIRD;
        }
        return Level.BODY;
    }

    /**
     * Where the heading at the start of a numbered paragraph ends: after its first sentence, or the whole paragraph
     * when it holds just the heading. The rest of the paragraph is body text.
     */
    static int headingEnd(String paragraph) {
        Matcher end = SENTENCE_END.matcher(paragraph);
        return end.find() ? end.end() : paragraph.length();
    }

    /** A closing date written 2022-12-26, 2022.12.26 or 2022年12月26日 with blanks, as 2022年12月26日. */
    static String date(String date) {
        String d = date.strip();
        Matcher m = NUMERIC_DATE.matcher(d);
        if (!m.matches()) {
            return d;
        }
        return digits(m.group(1)) + "年" + Integer.parseInt(digits(m.group(2))) + "月"
                + Integer.parseInt(digits(m.group(3))) + "日";
    }

    private static String digits(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        return b.toString();
    }

    /** Which opening paragraph is the addressee (set flush left), or -1. */
    static int addressee(List<String> opening) {
        return DocumentSplitter.addresseeIndex(opening);
    }
}
