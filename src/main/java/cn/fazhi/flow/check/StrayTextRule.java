package cn.fazhi.flow.check;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Text that is not part of the report: a web page's header or footer (发布时间, 来源, 阅读次数, a weekday date line), a
 * marker a document conversion left ({@code [bookmark: _GoBack]}), digits masked as ****年. The patterns are the data
 * file {@code check/stray-text.txt}; a pattern is only tried on a line holding its trigger literal, found in one pass
 * over the line.
 */
@Component
class StrayTextRule implements CheckRule {

    static final String ID = "stray-text";

    /** What a pattern finds; {@code WEB} and {@code DATE} make the whole line residue. */
    enum Kind {
        WEB,
        DATE,
        MARKER,
        MASKED
    }

    private record Entry(Kind kind, String trigger, Pattern pattern) {}

    private static final List<Entry> ENTRIES = load();

    /** The entries per first character of their trigger. */
    private static final Map<Character, List<Entry>> BY_FIRST_CHAR = index(ENTRIES);

    /** The first characters of the triggers: a cheap test before the map (no boxing per character). */
    private static final BitSet FIRST_CHARS = firstChars(ENTRIES);

    private static final int MAX_EXCERPT = 60;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(CheckInput input) {
        List<Finding> findings = new ArrayList<>();
        for (CheckInput.Block block : input.blocks()) {
            Map<Kind, String> found = find(block.text());
            if (found.isEmpty()) {
                continue;
            }
            found.forEach((kind, excerpt) -> findings.add(finding(block, kind, excerpt)));
        }
        return findings;
    }

    /**
     * Whether a line is wholly residue of a web page (a header field line, a weekday date line): other rules leave such a
     * line alone, since it is to be deleted rather than corrected.
     */
    static boolean isResidueLine(String text) {
        Map<Kind, String> found = find(text);
        return found.containsKey(Kind.WEB) || found.containsKey(Kind.DATE);
    }

    private static Finding finding(CheckInput.Block block, Kind kind, String excerpt) {
        return switch (kind) {
            case WEB -> Finding.at(ID, Severity.WARNING, block, excerpt, "check.stray-text.web")
                    .suggest("check.stray-text.web.fix");
            case DATE -> Finding.at(ID, Severity.WARNING, block, excerpt, "check.stray-text.date")
                    .suggest("check.stray-text.web.fix");
            case MARKER -> Finding.at(ID, Severity.WARNING, block, excerpt, "check.stray-text.marker", excerpt)
                    .suggest("check.stray-text.marker.fix", excerpt);
            case MASKED -> Finding.at(ID, Severity.WARNING, block, excerpt, "check.stray-text.masked", excerpt)
                    .suggest("check.stray-text.masked.fix");
        };
    }

    /** The first match per kind in a line: the whole line for residue lines, the matched text otherwise. */
    private static Map<Kind, String> find(String text) {
        Map<Kind, String> found = null;
        for (int i = 0; i < text.length(); i++) {
            if (!FIRST_CHARS.get(text.charAt(i))) {
                continue;
            }
            List<Entry> candidates = BY_FIRST_CHAR.get(text.charAt(i));
            for (Entry entry : candidates) {
                if (found != null && found.containsKey(entry.kind())) {
                    continue;
                }
                if (!text.startsWith(entry.trigger(), i)) {
                    continue;
                }
                Matcher m = entry.pattern().matcher(text);
                if (m.find()) {
                    if (found == null) {
                        found = new EnumMap<>(Kind.class);
                    }
                    boolean wholeLine = entry.kind() == Kind.WEB || entry.kind() == Kind.DATE;
                    found.put(
                            entry.kind(), wholeLine ? shorten(text) : m.group().strip());
                }
            }
        }
        return found == null ? Map.of() : found;
    }

    private static String shorten(String text) {
        return text.length() <= MAX_EXCERPT ? text : text.substring(0, MAX_EXCERPT) + "…";
    }

    private static List<Entry> load() {
        List<Entry> entries = new ArrayList<>();
        for (String line : CheckData.lines("stray-text.txt")) {
            String[] fields = line.split("\\s+", 3);
            if (fields.length != 3) {
                throw new IllegalStateException("check/stray-text.txt: want KIND TRIGGER REGEX in: " + line);
            }
            Pattern pattern = Pattern.compile(fields[2]);
            entries.add(new Entry(Kind.valueOf(fields[0].toUpperCase(Locale.ROOT)), fields[1], pattern));
        }
        return List.copyOf(entries);
    }

    private static BitSet firstChars(List<Entry> entries) {
        BitSet chars = new BitSet();
        entries.forEach(e -> chars.set(e.trigger().charAt(0)));
        return chars;
    }

    private static Map<Character, List<Entry>> index(List<Entry> entries) {
        Map<Character, List<Entry>> index = new HashMap<>();
        for (Entry entry : entries) {
            index.computeIfAbsent(entry.trigger().charAt(0), c -> new ArrayList<>())
                    .add(entry);
        }
        return Map.copyOf(index);
    }
}
