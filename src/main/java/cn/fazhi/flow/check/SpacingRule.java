package cn.fazhi.flow.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Stray blanks inside Chinese text (half-width, no-break or ideographic spaces): between a number and a Chinese
 * character ("2025 年"), on the inner side of quotes and brackets ("“ 一岗双责 ”"), beside full-width punctuation
 * ("工作 。"), and a run of several blanks or an ideographic space between Chinese characters. A single half-width space
 * between two Chinese phrases is left alone: slogans ("乡村振兴 法治先行") and joint issuers are customarily written
 * so, as is anything inside 《》. Leading indents, the blank after a list marker (the numbering rule's) and lines of
 * web-page residue are not flagged. At most one finding per paragraph, with the count.
 */
@Component
class SpacingRule implements CheckRule {

    static final String ID = "spacing";

    private static final int CONTEXT = 6;

    /** A list marker at the start of a paragraph, with the blanks after it. */
    private static final Pattern MARKER = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}[、.．]|[\\d０-９]{1,2}[、.．)）]|[（(][一二三四五六七八九十\\d０-９]{1,3}[）)][、.．]?|[①-⑳])[ \\t\\u00a0\\u3000]+");

    private static final String OPENING_MARKS = "“‘《（【〔「『";
    private static final String CLOSING_MARKS = "”’》）】〕」』";
    private static final String FULL_WIDTH_PUNCTUATION = "，。、；：？！";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(CheckInput input) {
        List<Finding> findings = new ArrayList<>();
        for (CheckInput.Block block : input.blocks()) {
            String text = block.text();
            char[] t = input.chars(block);
            int count = 0;
            int first = -1;
            int firstEnd = -1;
            int bookTitle = 0;
            int next = 0; // where the text after a run of blanks starts
            for (int i : input.nonHan(block)) {
                char c = t[i];
                if (i < next) {
                    continue; // a blank of a run already seen
                }
                if (c == '《') {
                    bookTitle++;
                } else if (c == '》' && bookTitle > 0) {
                    bookTitle--;
                }
                if (!blank(c)) {
                    continue;
                }
                int end = i;
                while (end < t.length && blank(t[end])) {
                    end++;
                }
                if (i > 0 && end < text.length() && stray(text, i, end, bookTitle > 0) && !afterMarker(text, i)) {
                    if (count++ == 0) {
                        first = i;
                        firstEnd = end;
                    }
                }
                next = end;
            }
            if (count == 0 || StrayTextRule.isResidueLine(input, block)) {
                continue;
            }
            String excerpt = text.substring(Math.max(0, first - CONTEXT), Math.min(text.length(), firstEnd + CONTEXT));
            findings.add(Finding.at(ID, Severity.WARNING, block, excerpt, "check.spacing.found", count)
                    .suggest("check.spacing.fix"));
        }
        return findings;
    }

    /** Whether the blanks [start, end) between two characters are stray. */
    private static boolean stray(String text, int start, int end, boolean inBookTitle) {
        char before = text.charAt(start - 1);
        char after = text.charAt(end);
        if ((digit(before) && han(after)) || (han(before) && digit(after))) {
            return true;
        }
        if (OPENING_MARKS.indexOf(before) >= 0 || CLOSING_MARKS.indexOf(after) >= 0) {
            return true;
        }
        if ((FULL_WIDTH_PUNCTUATION.indexOf(before) >= 0 && (han(after) || digit(after)))
                || (FULL_WIDTH_PUNCTUATION.indexOf(after) >= 0 && (han(before) || digit(before)))) {
            return true;
        }
        if (han(before) && han(after) && !inBookTitle) {
            int ideographic = text.indexOf('\u3000', start);
            return end - start >= 2 || (ideographic >= 0 && ideographic < end);
        }
        return false;
    }

    private static boolean afterMarker(String text, int blankStart) {
        if (blankStart > 8) {
            return false;
        }
        Matcher m = MARKER.matcher(text);
        return m.lookingAt() && m.end() > blankStart;
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0' || c == '\u3000' || (c >= '\u2000' && c <= '\u200a');
    }

    private static boolean digit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static boolean han(char c) {
        return HalfwidthPunctuationRule.han(c);
    }
}
