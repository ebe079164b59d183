package cn.fazhi.flow.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Half-width punctuation in Chinese text (GB/T 15834-2011 wants the full-width forms): , ; : ( ) ! ? and straight
 * quotes next to a Chinese character, and a half-width full stop after one. At most one finding per paragraph, with the
 * count and the first positions, so a report written with half-width marks throughout stays readable. Not flagged:
 * numbers (3.5, 1,000, 10:30), URLs, English text runs, list markers such as "1." (the numbering rule's), and lines of
 * web-page residue (see {@link StrayTextRule}), which are to be deleted rather than corrected.
 */
@Component
class HalfwidthPunctuationRule implements CheckRule {

    static final String ID = "halfwidth-punctuation";

    /** How many positions a finding names. */
    static final int SHOWN = 3;

    private static final int CONTEXT = 8;

    /** The half-width marks looked at, by ASCII code. */
    private static final boolean[] CANDIDATE = new boolean[0x80];

    static {
        for (char c : ",;:()!?\"'.".toCharArray()) {
            CANDIDATE[c] = true;
        }
    }

    private static final int[] NONE = new int[0];

    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[\\x21-\\x7e]+");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(CheckInput input) {
        List<Finding> findings = new ArrayList<>();
        for (CheckInput.Block block : input.blocks()) {
            String text = block.text();
            int[] flagged = flagged(text, input.chars(block), input.nonHan(block));
            if (flagged.length == 0 || StrayTextRule.isResidueLine(input, block)) {
                continue;
            }
            StringBuilder marks = new StringBuilder();
            StringBuilder fixes = new StringBuilder();
            StringBuilder positions = new StringBuilder();
            long seen = 0; // bit c for each mark c shown (all are between U+0021 and U+003F)
            for (int i = 0; i < flagged.length; i++) {
                char c = text.charAt(flagged[i]);
                if ((seen & 1L << c) == 0) {
                    seen |= 1L << c;
                    if (!marks.isEmpty()) {
                        marks.append(' ');
                        fixes.append("  ");
                    }
                    marks.append(c);
                    fixes.append(c).append(" → ").append(fullWidth(c));
                }
                if (i < SHOWN) {
                    positions.append(i == 0 ? "" : ", ").append(flagged[i] + 1);
                }
            }
            int first = flagged[0];
            String excerpt = text.substring(Math.max(0, first - CONTEXT), Math.min(text.length(), first + CONTEXT + 1));
            findings.add(Finding.at(
                            ID,
                            Severity.WARNING,
                            block,
                            excerpt,
                            "check.halfwidth-punctuation.found",
                            flagged.length,
                            marks.toString(),
                            positions.toString())
                    .suggest("check.halfwidth-punctuation.fix", fixes.toString()));
        }
        return findings;
    }

    /** The offsets of the half-width marks used in Chinese text, in order. */
    static int[] flagged(String text) {
        char[] chars = text.toCharArray();
        return flagged(text, chars, CheckInput.nonHan(chars, new int[chars.length]));
    }

    /**
     * {@link #flagged(String)} on the text's characters ({@code text} is {@code string} as an array), of which only those
     * at {@code nonHan} (see {@link CheckInput#nonHan}) can be marks.
     */
    static int[] flagged(String string, char[] text, int[] nonHan) {
        int[] result = null;
        int count = 0;
        int[] openParens = null;
        int open = 0;
        int[] urls = null;
        boolean urlsRead = false; // the URLs are looked for at the first half-width mark: most texts have none
        for (int i : nonHan) {
            char c = text[i];
            if (c >= 0x80 || !CANDIDATE[c]) {
                continue; // not a half-width mark: the usual case
            }
            if (!urlsRead) {
                urls = urls(string);
                urlsRead = true;
            }
            if (urls != null && inside(urls, i)) {
                continue;
            }
            boolean flag;
            switch (c) {
                case '(' -> {
                    if (openParens == null) {
                        openParens = new int[4];
                    } else if (open == openParens.length) {
                        openParens = Arrays.copyOf(openParens, open * 2);
                    }
                    openParens[open++] = i;
                    continue; // decided with its closing bracket, or at the end
                }
                case ')' -> {
                    if (open > 0) {
                        int o = openParens[--open];
                        if (pairInChinese(text, o, i)) {
                            result = add(result, count++, o);
                            result = add(result, count++, i);
                        }
                        continue;
                    }
                    flag = chinese(previous(text, i)) || chinese(next(text, i));
                }
                case ',', ';', ':' -> flag = !(digitAt(text, i - 1) && digitAt(text, i + 1))
                        && (chinese(previous(text, i)) || chinese(next(text, i)));
                case '.' -> {
                    char before = i > 0 ? text[i - 1] : 0;
                    char after = i + 1 < text.length ? text[i + 1] : 0;
                    flag = han(before) && (after == 0 || han(after) || "”’》）".indexOf(after) >= 0);
                }
                default -> flag = chinese(previous(text, i)) || chinese(next(text, i));
            }
            if (flag) {
                result = add(result, count++, i);
            }
        }
        for (int k = 0; k < open; k++) {
            int o = openParens[k];
            if (chinese(previous(text, o)) || chinese(next(text, o))) {
                result = add(result, count++, o);
            }
        }
        if (count == 0) {
            return NONE;
        }
        int[] offsets = Arrays.copyOf(result, count);
        Arrays.sort(offsets);
        return offsets;
    }

    /**
     * Whether a pair of half-width brackets stands in Chinese text: Chinese inside, or Chinese beside it and no English
     * words inside ("(see p. 3)" in a Chinese sentence is an English run; "(APP)" is not).
     */
    private static boolean pairInChinese(char[] text, int open, int close) {
        boolean latin = false;
        boolean blank = false;
        for (int k = open + 1; k < close; k++) {
            char c = text[k];
            if (han(c)) {
                return true;
            }
            latin |= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            blank |= c == ' ';
        }
        return !(latin && blank) && (chinese(previous(text, open)) || chinese(next(text, close)));
    }

    private static int[] add(int[] array, int count, int value) {
        int[] a = array == null ? new int[8] : array;
        if (count == a.length) {
            a = Arrays.copyOf(a, count * 2);
        }
        a[count] = value;
        return a;
    }

    /** The URLs' spans as start/end pairs, or null when the text has none (the usual case). */
    private static int[] urls(String text) {
        if (text.indexOf("://") < 0 && text.indexOf("www.") < 0) {
            return null;
        }
        int[] spans = new int[0];
        Matcher m = URL.matcher(text);
        while (m.find()) {
            spans = Arrays.copyOf(spans, spans.length + 2);
            spans[spans.length - 2] = m.start();
            spans[spans.length - 1] = m.end();
        }
        return spans;
    }

    private static boolean inside(int[] spans, int i) {
        for (int k = 0; k < spans.length; k += 2) {
            if (i >= spans[k] && i < spans[k + 1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean digitAt(char[] text, int i) {
        if (i < 0 || i >= text.length) {
            return false;
        }
        char c = text[i];
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    /** The nearest character before i that is not a blank, or 0. */
    private static char previous(char[] text, int i) {
        for (int k = i - 1; k >= 0; k--) {
            char c = text[k];
            if (!blank(c)) {
                return c;
            }
        }
        return 0;
    }

    /** The nearest character after i that is not a blank, or 0. */
    private static char next(char[] text, int i) {
        for (int k = i + 1; k < text.length; k++) {
            char c = text[k];
            if (!blank(c)) {
                return c;
            }
        }
        return 0;
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0' || c == '\u3000';
    }

    static boolean han(char c) {
        return (c >= '\u4e00' && c <= '\u9fff') || (c >= '\u3400' && c <= '\u4dbf') || (c >= '\uf900' && c <= '\ufaff');
    }

    /** A Chinese character or a full-width (Chinese) punctuation mark. */
    private static boolean chinese(char c) {
        return han(c)
                || (c >= '\u3001' && c <= '\u3011') // 、。〃〄々〆〇〈〉《》「」『』【】
                || (c >= '\u3014' && c <= '\u301f') // 〔〕 …
                || c == '，'
                || c == '；'
                || c == '：'
                || c == '？'
                || c == '！'
                || c == '（'
                || c == '）'
                || c == '“'
                || c == '”'
                || c == '‘'
                || c == '’'
                || c == '…'
                || c == '—';
    }

    private static String fullWidth(char c) {
        return switch (c) {
            case ',' -> "，";
            case ';' -> "；";
            case ':' -> "：";
            case '(' -> "（";
            case ')' -> "）";
            case '!' -> "！";
            case '?' -> "？";
            case '"' -> "“ ”";
            case '\'' -> "‘ ’";
            case '.' -> "。";
            default -> String.valueOf(c);
        };
    }
}
