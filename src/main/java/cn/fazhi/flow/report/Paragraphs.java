package cn.fazhi.flow.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A part's body split into its paragraphs: its non-blank lines, trimmed, numbered from 1 by their position. */
public final class Paragraphs {

    private Paragraphs() {}

    /**
     * The lines between line terminators (the ones a regular expression's line-break class matches: LF, CR, CR LF, VT,
     * FF, NEL, LS, PS), stripped, blank ones dropped. A plain loop rather than a regular expression: the pre-check cuts
     * the whole report on every check.
     */
    public static List<String> of(String body) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        List<String> paragraphs = new ArrayList<>();
        // an array rather than charAt: a report is mostly Chinese, and String.charAt on such text checks every index
        char[] text = body.toCharArray();
        int from = 0;
        for (int i = 0; i <= text.length; i++) {
            if (i == text.length || lineTerminator(text[i])) {
                String line = body.substring(from, i).strip();
                if (!line.isEmpty()) {
                    paragraphs.add(line);
                }
                from = i + 1;
            }
        }
        return Collections.unmodifiableList(paragraphs);
    }

    private static boolean lineTerminator(char c) {
        return c == '\n'
                || c == '\r'
                || c == '\u000B'
                || c == '\u000C'
                || c == '\u0085'
                || c == '\u2028'
                || c == '\u2029';
    }
}
