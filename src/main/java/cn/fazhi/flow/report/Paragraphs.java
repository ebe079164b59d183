package cn.fazhi.flow.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A part's body split into its paragraphs: its non-blank lines, trimmed, numbered from 1 by their position. */
public final class Paragraphs {

    private Paragraphs() {}

    /** The line terminators other than LF: rare in a report's text. */
    private static final String OTHER_TERMINATORS = "\r\u000B\u000C\u0085\u2028\u2029";

    /**
     * The lines between line terminators (the ones a regular expression's line-break class matches: LF, CR, CR LF, VT,
     * FF, NEL, LS, PS), stripped, blank ones dropped. Not a regular expression: the pre-check cuts the whole report on
     * every check. A text whose only terminator is LF (the usual case) is cut with {@link String#indexOf(int, int)},
     * which the JVM runs as a vector search.
     */
    public static List<String> of(String body) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        List<String> paragraphs = new ArrayList<>();
        boolean onlyLineFeeds = true;
        for (int k = 0; k < OTHER_TERMINATORS.length() && onlyLineFeeds; k++) {
            onlyLineFeeds = body.indexOf(OTHER_TERMINATORS.charAt(k)) < 0;
        }
        int from = 0;
        while (from <= body.length()) {
            int end = onlyLineFeeds ? body.indexOf('\n', from) : nextTerminator(body, from);
            if (end < 0) {
                end = body.length();
            }
            String line = body.substring(from, end).strip();
            if (!line.isEmpty()) {
                paragraphs.add(line);
            }
            from = end + 1;
        }
        return Collections.unmodifiableList(paragraphs);
    }

    /** The offset of the first line terminator at or after {@code from}, or -1. */
    private static int nextTerminator(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || OTHER_TERMINATORS.indexOf(c) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
