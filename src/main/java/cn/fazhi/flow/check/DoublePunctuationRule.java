package cn.fazhi.flow.check;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Two punctuation marks where one belongs: ，， 。。 、、 ,, ；； ，。 and the like (blanks between them count as nothing).
 * Not flagged: …… and —— (each is one mark written with two characters), and ？！ / ！？ (a permitted combination); a
 * doubled ？？ or ！！ is flagged.
 */
@Component
class DoublePunctuationRule implements CheckRule {

    static final String ID = "double-punctuation";

    /** Marks that separate: two of them in a row are always one too many. */
    private static final String SEPARATORS = "，,、；;：:。";

    /** Marks that end a sentence with a tone: ？！ may combine, but not repeat. */
    private static final String TONES = "？！?!";

    private static final int CONTEXT = 6;

    /** Whether a character is one of the marks above. */
    private static final CharSet MARK = CharSet.of(SEPARATORS + TONES);

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
            int next = 0; // where the text after a run of marks starts
            for (int i : input.nonHan(block)) {
                if (!MARK.contains(t[i]) || i < next) {
                    continue;
                }
                int marks = 1;
                int end = i + 1;
                int k = i + 1;
                while (k < t.length) {
                    char c = t[k];
                    if (mark(c)) {
                        marks++;
                        end = ++k;
                    } else if (c == ' ' || c == '\u3000' || c == '\u00a0' || c == '\t') {
                        k++;
                    } else {
                        break;
                    }
                }
                String run = marks < 2 ? "" : text.substring(i, end).replaceAll("[ \u3000\u00a0\t]", "");
                if (marks >= 2 && !permittedTones(run)) {
                    String excerpt = text.substring(Math.max(0, i - CONTEXT), Math.min(text.length(), end + CONTEXT));
                    findings.add(Finding.at(ID, Severity.WARNING, block, excerpt, "check.double-punctuation.found", run)
                            .suggest("check.double-punctuation.fix", run));
                }
                next = end;
            }
        }
        return findings;
    }

    private static boolean mark(char c) {
        return MARK.contains(c);
    }

    /** ？！ or ！？: only tone marks, none repeated. */
    private static boolean permittedTones(CharSequence run) {
        for (int k = 0; k < run.length(); k++) {
            if (TONES.indexOf(run.charAt(k)) < 0) {
                return false;
            }
            if (k > 0 && normal(run.charAt(k)) == normal(run.charAt(k - 1))) {
                return false;
            }
        }
        return true;
    }

    private static char normal(char c) {
        return c == '?' ? '？' : c == '!' ? '！' : c;
    }
}
