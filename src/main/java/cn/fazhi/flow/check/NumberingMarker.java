package cn.fazhi.flow.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering marker a line starts with (一、 （一） 1. （1） 第一部分 ①), read once for the rules that need a line's
 * place in the hierarchy of GB/T 9704-2012 (一、 → （一） → 1. → （1））. Also reads the flaws of the marker itself:
 * the opening bracket missing (一）), stray punctuation after the closing bracket (（三）、) and blanks after it (1. ).
 *
 * @param style the marker's form, one of the {@code STYLE_*} constants
 * @param value its number (1 for 一 / 1 / ①)
 * @param start where the marker starts in the text (after a leading conversion marker such as [bookmark: _GoBack])
 * @param end where the text after the marker (and after its flaws) starts
 * @param marker the marker as written, without stray punctuation and blanks
 * @param missingBracket whether the opening bracket is missing (一）)
 * @param stray the stray punctuation after a closing bracket, or "" (（三）、 gives "、")
 * @param blanks whether blanks follow the marker
 */
record NumberingMarker(
        String style,
        int value,
        int start,
        int end,
        String marker,
        boolean missingBracket,
        String stray,
        boolean blanks) {

    /** 一、 */
    static final String STYLE_CHINESE = "一、";
    /** 一. or 一． */
    static final String STYLE_CHINESE_DOT = "一.";
    /** 第一部分, 第一章 */
    static final String STYLE_SECTION = "第一部分";
    /** （一）, also with half-width brackets */
    static final String STYLE_PAREN_CHINESE = "（一）";
    /** 1. or 1． */
    static final String STYLE_ARABIC_DOT = "1.";
    /** 1、 */
    static final String STYLE_ARABIC_COMMA = "1、";
    /** （1）, also with half-width brackets */
    static final String STYLE_PAREN_ARABIC = "（1）";
    /** ① */
    static final String STYLE_CIRCLED = "①";

    private static final String CHINESE_DIGITS = "一二三四五六七八九十";

    /** A conversion marker in front of the text ([bookmark: _GoBack]); stray-text reports it, numbering skips it. */
    private static final Pattern CONVERSION_PREFIX = Pattern.compile("^(?:\\[[A-Za-z]+:[^\\]\\n]{0,60}\\][ \\t]*)+");

    private static final Pattern SECTION = Pattern.compile("^第([一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})(?:部分|章|节)[、.．:：]?");
    /** What may stand after a closing bracket by mistake: （三）、 */
    private static final String STRAY_AFTER_BRACKET = "、.．，,";

    /**
     * The marker a text starts with, or null when it starts with none. Read by hand rather than with regular expressions
     * (the pre-check reads every paragraph on every check); as expressions, the markers are
     *
     * <pre>
     * （一）  [（(][ \t\u3000]*(N)[ \t\u3000]*[）)]([、.．，,]?)
     * 一）    (N)[）)]([、.．，,]?)                 the opening bracket missing
     * 一、    ([一二三四五六七八九十]{1,3})([、.．])
     * 1.     ([0-9０-９]{1,2})[ \t]*(?:(、)|([.．])(?![0-9０-９]))
     * </pre>
     *
     * where N is 1 to 3 Chinese numerals or 1 to 2 digits (see {@link #numberEnd}).
     */
    static NumberingMarker read(String text) {
        int from = 0;
        if (text.startsWith("[")) {
            Matcher prefix = CONVERSION_PREFIX.matcher(text);
            if (prefix.lookingAt()) {
                from = prefix.end();
            }
        }
        if (from >= text.length()) {
            return null;
        }
        char first = text.charAt(from);
        if (first >= '①' && first <= '⑳') {
            return finish(text, STYLE_CIRCLED, first - '①' + 1, from, 1, false, "");
        }
        if (first == '第') {
            Matcher m = SECTION.matcher(text).region(from, text.length());
            return m.lookingAt()
                    ? finish(text, STYLE_SECTION, number(m.group(1)), from, m.end() - from, false, "")
                    : null;
        }
        boolean bracket = first == '（' || first == '(';
        int digits = bracket ? skipBlanks(text, from + 1, true) : from;
        int digitsEnd = numberEnd(text, digits);
        if (digitsEnd < 0) {
            return null;
        }
        boolean chinese = CHINESE_DIGITS.indexOf(text.charAt(digits)) >= 0;
        int value = number(text.substring(digits, digitsEnd));
        int close = bracket ? skipBlanks(text, digitsEnd, true) : digitsEnd;
        if (close < text.length() && (text.charAt(close) == '）' || text.charAt(close) == ')')) {
            int after = close + 1;
            String stray = after < text.length() && STRAY_AFTER_BRACKET.indexOf(text.charAt(after)) >= 0
                    ? String.valueOf(text.charAt(after))
                    : "";
            String style = chinese ? STYLE_PAREN_CHINESE : STYLE_PAREN_ARABIC;
            return finish(text, style, value, from, after + stray.length() - from, !bracket, stray);
        }
        if (bracket) {
            return null;
        }
        if (chinese) {
            char mark = digitsEnd < text.length() ? text.charAt(digitsEnd) : 0;
            if (mark == '、' || mark == '.' || mark == '．') {
                String style = mark == '、' ? STYLE_CHINESE : STYLE_CHINESE_DOT;
                return finish(text, style, value, from, digitsEnd + 1 - from, false, "");
            }
            return null;
        }
        int mark = skipBlanks(text, digitsEnd, false);
        char c = mark < text.length() ? text.charAt(mark) : 0;
        if (c == '、') {
            return finish(text, STYLE_ARABIC_COMMA, value, from, mark + 1 - from, false, "");
        }
        if ((c == '.' || c == '．') && (mark + 1 == text.length() || !arabicDigit(text.charAt(mark + 1)))) {
            return finish(text, STYLE_ARABIC_DOT, value, from, mark + 1 - from, false, "");
        }
        return null;
    }

    /**
     * The end of the number written at {@code i}: 1 to 3 Chinese numerals or 1 to 2 digits (also full-width); -1 when
     * there is none or a longer one (which no marker has).
     */
    private static int numberEnd(String text, int i) {
        if (i >= text.length()) {
            return -1;
        }
        boolean chinese = CHINESE_DIGITS.indexOf(text.charAt(i)) >= 0;
        if (!chinese && !arabicDigit(text.charAt(i))) {
            return -1;
        }
        int end = i + 1;
        while (end < text.length()
                && (chinese ? CHINESE_DIGITS.indexOf(text.charAt(end)) >= 0 : arabicDigit(text.charAt(end)))) {
            end++;
        }
        return end - i <= (chinese ? 3 : 2) ? end : -1;
    }

    /** The first offset at or after {@code i} that is not a blank (space, tab and, when asked, U+3000). */
    private static int skipBlanks(String text, int i, boolean ideographic) {
        while (i < text.length()
                && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || ideographic && text.charAt(i) == '\u3000')) {
            i++;
        }
        return i;
    }

    private static boolean arabicDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static NumberingMarker finish(
            String text, String style, int value, int from, int length, boolean missingBracket, String stray) {
        int markerEnd = from + length - stray.length();
        int end = from + length; // the blanks after the marker ([ \t\u00A0\u3000]*): a loop, not a matcher
        while (end < text.length() && blank(text.charAt(end))) {
            end++;
        }
        return new NumberingMarker(
                style, value, from, end, text.substring(from, markerEnd), missingBracket, stray, end > from + length);
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000';
    }

    /** Whether the marker is parenthesised (（一） or （1）, or one with its opening bracket missing). */
    boolean parenthesised() {
        return style.equals(STYLE_PAREN_CHINESE) || style.equals(STYLE_PAREN_ARABIC);
    }

    /** Whether the number is written in Chinese numerals. */
    boolean chinese() {
        return style.equals(STYLE_CHINESE)
                || style.equals(STYLE_CHINESE_DOT)
                || style.equals(STYLE_SECTION) && CHINESE_DIGITS.indexOf(marker.charAt(1)) >= 0
                || style.equals(STYLE_PAREN_CHINESE);
    }

    /** The level of GB/T 9704-2012 a style stands for: 1 一、, 2 （一）, 3 1., 4 （1）, 5 ①. */
    static int level(String style) {
        return switch (style) {
            case STYLE_CHINESE, STYLE_CHINESE_DOT, STYLE_SECTION -> 1;
            case STYLE_PAREN_CHINESE -> 2;
            case STYLE_ARABIC_DOT, STYLE_ARABIC_COMMA -> 3;
            case STYLE_PAREN_ARABIC -> 4;
            default -> 5;
        };
    }

    /** The marker of a style for a number, e.g. （三） for ({@link #STYLE_PAREN_CHINESE}, 3). */
    static String format(String style, int value) {
        return switch (style) {
            case STYLE_CHINESE -> chinese(value) + "、";
            case STYLE_CHINESE_DOT -> chinese(value) + ".";
            case STYLE_SECTION -> "第" + chinese(value) + "部分";
            case STYLE_PAREN_CHINESE -> "（" + chinese(value) + "）";
            case STYLE_ARABIC_DOT -> value + ".";
            case STYLE_ARABIC_COMMA -> value + "、";
            case STYLE_PAREN_ARABIC -> "（" + value + "）";
            default -> value >= 1 && value <= 20 ? String.valueOf((char) ('①' + value - 1)) : String.valueOf(value);
        };
    }

    /** A number written in Chinese numerals (1 to 99). */
    static String chinese(int value) {
        if (value <= 0 || value >= 100) {
            return String.valueOf(value);
        }
        int tens = value / 10;
        int ones = value % 10;
        StringBuilder s = new StringBuilder();
        if (tens > 0) {
            if (tens > 1) {
                s.append(CHINESE_DIGITS.charAt(tens - 1));
            }
            s.append('十');
        }
        if (ones > 0) {
            s.append(CHINESE_DIGITS.charAt(ones - 1));
        }
        return s.toString();
    }

    /** The value of 1 to 99 written in Chinese numerals (一, 十二, 二十) or Arabic digits (also full-width). */
    static int number(String digits) {
        char c = digits.charAt(0);
        if (CHINESE_DIGITS.indexOf(c) < 0) {
            int value = 0;
            for (int i = 0; i < digits.length(); i++) {
                char d = digits.charAt(i);
                value = value * 10 + (d >= '０' && d <= '９' ? d - '０' : d - '0');
            }
            return value;
        }
        int ten = digits.indexOf('十');
        if (ten < 0) {
            return CHINESE_DIGITS.indexOf(c) + 1;
        }
        int tens = ten == 0 ? 1 : CHINESE_DIGITS.indexOf(digits.charAt(0)) + 1;
        int ones = ten == digits.length() - 1 ? 0 : CHINESE_DIGITS.indexOf(digits.charAt(ten + 1)) + 1;
        return tens * 10 + ones;
    }
}
