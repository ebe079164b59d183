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
            String text = block.text();
            char[] t = input.chars(block);
            int n = t.length;
            int next = 0; // where the text after a doubled word starts (i is not moved: the loop stays a counted one)
            for (int i = 0; i + 4 <= n; i++) {
                char c = t[i];
                if (i + 6 <= n) {
                    // its first two characters written again 2, 3 or 4 characters on: one of the three factors is 0. A
                    // product rather than branches: Chinese repeats single characters too often for those to predict
                    char d = t[i + 1];
                    long again = (long) ((c ^ t[i + 2]) | (d ^ t[i + 3]))
                            * ((c ^ t[i + 3]) | (d ^ t[i + 4]))
                            * ((c ^ t[i + 4]) | (d ^ t[i + 5]));
                    if (again != 0) {
                        continue; // the usual case
                    }
                }
                if (c < '\u3400' || i < next) {
                    continue; // not a Chinese character
                }
                for (int k = 4; k >= 2; k--) {
                    if (i + 2 * k > n || c != t[i + k] || t[i + 1] != t[i + k + 1] || !repeated(t, i, k)) {
                        continue;
                    }
                    String doubled = text.substring(i, i + 2 * k);
                    if (allowed.contains(doubled)) {
                        next = i + 2 * k;
                        break;
                    }
                    String word = doubled.substring(0, k);
                    String excerpt = text.substring(Math.max(0, i - CONTEXT), Math.min(n, i + 2 * k + CONTEXT));
                    findings.add(Finding.at(ID, Severity.WARNING, block, excerpt, "check.repeated-word.found", word)
                            .suggest("check.repeated-word.fix", word));
                    next = i + 2 * k;
                    break;
                }
            }
        }
        return findings;
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
