package cn.fazhi.flow.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A word of two to four Chinese characters written twice in a row by mistake (第一责任责任). Legitimate reduplications
 * (研究研究, 一步一步) are the data file {@code check/reduplications.txt}; single characters doubled (常常), AABB forms
 * (认认真真), one character repeated and numbers are never flagged.
 */
@Component
class RepeatedWordRule implements CheckRule {

    static final String ID = "repeated-word";

    private static final String NUMERALS = "〇零一二三四五六七八九十百千万亿两";

    private static final int CONTEXT = 4;

    private final Set<String> allowed;

    RepeatedWordRule() {
        this.allowed = Set.copyOf(CheckData.lines("reduplications.txt"));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(CheckInput input) {
        List<Finding> findings = new ArrayList<>();
        for (CheckInput.Block block : input.blocks()) {
            char[] t = input.chars(block);
            int n = t.length;
            int next = 0; // where the text after a doubled word starts
            // A word doubled at i has t[i] and t[i + 1] written again 2, 3 or 4 characters on, so the even one of i and
            // i + 1 has its character written again there: only such even places, told by one product each (Chinese
            // repeats single characters too often for branches to predict), and the place before them are read closer.
            int p = 0;
            for (; p + 4 < n; p += 2) {
                char c = t[p];
                if ((long) (c ^ t[p + 2]) * (c ^ t[p + 3]) * (c ^ t[p + 4]) == 0) {
                    next = p > 0 ? doubled(block, t, p - 1, next, findings) : next;
                    next = doubled(block, t, p, next, findings);
                }
            }
            for (int i = Math.max(0, p - 1); i + 4 <= n; i++) {
                next = doubled(block, t, i, next, findings);
            }
        }
        return findings;
    }

    /**
     * Adds the finding for a word doubled at {@code i}, unless the text up to {@code next} was already read as one;
     * returns where the text after the doubled word (or after {@code next}) starts.
     */
    private int doubled(CheckInput.Block block, char[] t, int i, int next, List<Finding> findings) {
        char c = t[i];
        if (c < '\u3400' || i < next) {
            return next; // not a Chinese character, or inside a doubled word found
        }
        int n = t.length;
        String text = block.text();
        for (int k = 4; k >= 2; k--) {
            if (i + 2 * k > n || c != t[i + k] || t[i + 1] != t[i + k + 1] || !repeated(t, i, k)) {
                continue;
            }
            String doubled = text.substring(i, i + 2 * k);
            if (!allowed.contains(doubled)) {
                String word = doubled.substring(0, k);
                String excerpt = text.substring(Math.max(0, i - CONTEXT), Math.min(n, i + 2 * k + CONTEXT));
                findings.add(Finding.at(ID, Severity.WARNING, block, excerpt, "check.repeated-word.found", word)
                        .suggest("check.repeated-word.fix", word));
            }
            return i + 2 * k;
        }
        return next;
    }

    /** Whether text[i, i+k) is a Chinese word written again at i+k, and not a number or one character repeated. */
    private static boolean repeated(char[] text, int i, int k) {
        boolean sameChar = true;
        boolean numeral = true;
        for (int j = 0; j < k; j++) {
            char c = text[i + j];
            if (c != text[i + k + j] || !HalfwidthPunctuationRule.han(c)) {
                return false;
            }
            sameChar &= c == text[i];
            numeral &= NUMERALS.indexOf(c) >= 0;
        }
        return !sameChar && !numeral;
    }
}
