package cn.fazhi.flow.check;

import cn.fazhi.flow.check.CheckInput.Block;
import cn.fazhi.flow.check.CheckInput.Zone;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportPart;
import cn.fazhi.flow.report.ReportTextParser;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the content of a part that has no part of its own, folded into another part: a sub-heading (（三）… or a part
 * heading) worded like the part's heading ({@code check/part-headings.txt}, as {@link ReportTextParser} reads it), or
 * else a paragraph holding one of the part's key phrases ({@code check/part-key-phrases.txt}). Shared by the rules
 * {@code missing-part} (which stays silent when the content is found) and {@code part-folded} (which says where).
 */
final class PartContentFinder {

    /** Where a part's content was found: the block and the excerpt that shows it. */
    record Place(Block block, String excerpt) {}

    static final String PHRASES_FILE = "part-key-phrases.txt";

    /** Longest lead of a numbered paragraph (the text before its first sentence end) taken for a sub-heading. */
    private static final int MAX_LEAD_LENGTH = ReportTextParser.MAX_HEADING_LENGTH;

    /** How many characters an excerpt shows on each side of a key phrase, within its clause. */
    private static final int EXCERPT_CONTEXT = 16;

    private static final Pattern LEAD_END = Pattern.compile("[。；;！？!?]");
    private static final String TRAILING = "；;：:。，,．.、 \t\u00A0\u3000";
    private static final String CLAUSE_MARKS = "。；;！？!?，,：:";

    private final Map<PartKind, List<Pattern>> headingPatterns;
    private final Map<PartKind, List<String>> phrases;

    PartContentFinder() {
        this.headingPatterns = ReportTextParser.loadHeadingPatterns();
        this.phrases = readPhrases(CheckData.lines(PHRASES_FILE));
    }

    static Map<PartKind, List<String>> readPhrases(List<String> lines) {
        Map<PartKind, List<String>> result = new EnumMap<>(PartKind.class);
        PartKind current = null;
        for (String line : lines) {
            if (line.startsWith("[") && line.endsWith("]")) {
                current = PartKind.valueOf(line.substring(1, line.length() - 1).strip());
                result.computeIfAbsent(current, k -> new ArrayList<>());
            } else if (current == null) {
                throw new IllegalStateException(
                        "Key phrase before any [KIND] section in " + PHRASES_FILE + ": " + line);
            } else {
                result.get(current).add(line);
            }
        }
        result.replaceAll((k, v) -> List.copyOf(v));
        return result;
    }

    /** Whether the report has no part of this kind, or only its heading. */
    static boolean absentOrEmpty(CheckInput input, PartKind kind) {
        return input.content().part(kind).map(ReportPart::isBlank).orElse(true);
    }

    /** Where the content of {@code kind} stands in other parts (or the opening), if anywhere. */
    Optional<Place> find(CheckInput input, PartKind kind) {
        List<Pattern> patterns = headingPatterns.getOrDefault(kind, List.of());
        List<String> keyPhrases = phrases.getOrDefault(kind, List.of());
        boolean reportYear = kind != PartKind.NEXT_YEAR;
        Place byPhrase = null;
        for (Block block : input.blocks()) {
            if (!searched(block, kind, reportYear)) {
                continue;
            }
            String lead = lead(block);
            if (lead != null && matchesAny(patterns, lead)) {
                return Optional.of(new Place(block, lead));
            }
            if (byPhrase == null) {
                byPhrase = phrase(block, keyPhrases);
            }
        }
        return Optional.ofNullable(byPhrase);
    }

    private static boolean searched(Block block, PartKind kind, boolean reportYear) {
        if (block.zone() != Zone.OPENING && block.zone() != Zone.HEADING && block.zone() != Zone.BODY) {
            return false;
        }
        if (block.part() == kind) {
            return false;
        }
        return !(reportYear && block.part() == PartKind.NEXT_YEAR);
    }

    /**
     * The wording of a (sub-)heading: a part heading, or the lead of a numbered paragraph (（三）… up to its first
     * sentence end), without the numbering and trailing punctuation; null when the block is neither.
     */
    private static String lead(Block block) {
        String text = block.text();
        NumberingMarker marker = NumberingMarker.read(text);
        if (marker == null && block.zone() != Zone.HEADING) {
            return null;
        }
        int from = marker == null ? 0 : marker.end();
        int to = Math.min(text.length(), from + MAX_LEAD_LENGTH + 1);
        Matcher end = LEAD_END.matcher(text).region(from, to);
        if (end.find()) {
            to = end.start();
        } else if (to - from > MAX_LEAD_LENGTH) {
            return null; // no sentence end within a heading's length: prose
        }
        while (to > from && TRAILING.indexOf(text.charAt(to - 1)) >= 0) {
            to--;
        }
        return to == from ? null : text.substring(from, to);
    }

    private static boolean matchesAny(List<Pattern> patterns, String text) {
        for (Pattern pattern : patterns) {
            if (pattern.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    private static Place phrase(Block block, List<String> keyPhrases) {
        String text = block.text();
        for (String phrase : keyPhrases) {
            int at = text.indexOf(phrase);
            if (at >= 0) {
                int from = at;
                while (from > 0 && at - from < EXCERPT_CONTEXT && CLAUSE_MARKS.indexOf(text.charAt(from - 1)) < 0) {
                    from--;
                }
                int to = at + phrase.length();
                while (to < text.length()
                        && to - at - phrase.length() < EXCERPT_CONTEXT
                        && CLAUSE_MARKS.indexOf(text.charAt(to)) < 0) {
                    to++;
                }
                return new Place(block, text.substring(from, to));
            }
        }
        return null;
    }
}
