package cn.fazhi.flow.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
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

    /** A pattern of the data file; {@code index} is its position there. */
    private record Entry(int index, Kind kind, String trigger, Pattern pattern) {}

    private static final List<Entry> ENTRIES = load();

    /** The characters triggers start with, sorted; {@link #BY_FIRST_CHAR} holds the entries of each. */
    private static final char[] TRIGGER_FIRSTS = triggerFirsts(ENTRIES);

    /** The entries per first character of their trigger, in the order of {@link #TRIGGER_FIRSTS}. */
    private static final Entry[][] BY_FIRST_CHAR = index(ENTRIES);

    /** The first characters of the triggers: a cheap test before the index. */
    private static final CharSet FIRST_CHARS = firstChars(ENTRIES);

    private static final int MAX_EXCERPT = 60;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(CheckInput input) {
        List<Finding> findings = new ArrayList<>();
        for (CheckInput.Block block : input.blocks()) {
            Map<Kind, String> found = input.strayText(block);
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
        return residue(find(text));
    }

    /** {@link #isResidueLine(String)} for a block of an input, which reads each block once for all rules. */
    static boolean isResidueLine(CheckInput input, CheckInput.Block block) {
        return residue(input.strayText(block));
    }

    private static boolean residue(Map<Kind, String> found) {
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
    static Map<Kind, String> find(String text) {
        return find(text, text.toCharArray());
    }

    /** {@link #find(String)} with the text's characters at hand ({@code chars} is {@code text} as an array). */
    static Map<Kind, String> find(String text, char[] chars) {
        Map<Kind, String> found = null;
        boolean[] tried = null; // a pattern is searched for in the whole line, so once per line is enough
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (!FIRST_CHARS.contains(c)) {
                continue;
            }
            for (Entry entry : BY_FIRST_CHAR[Arrays.binarySearch(TRIGGER_FIRSTS, c)]) {
                if (found != null && found.containsKey(entry.kind())) {
                    continue;
                }
                if (tried != null && tried[entry.index()] || !text.startsWith(entry.trigger(), i)) {
                    continue;
                }
                if (tried == null) {
                    tried = new boolean[ENTRIES.size()];
                }
                tried[entry.index()] = true;
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
            entries.add(
                    new Entry(entries.size(), Kind.valueOf(fields[0].toUpperCase(Locale.ROOT)), fields[1], pattern));
        }
        return List.copyOf(entries);
    }

    private static CharSet firstChars(List<Entry> entries) {
        CharSet chars = new CharSet();
        entries.forEach(e -> chars.add(e.trigger().charAt(0)));
        return chars;
    }

    private static char[] triggerFirsts(List<Entry> entries) {
        StringBuilder firsts = new StringBuilder();
        entries.stream().map(e -> e.trigger().charAt(0)).distinct().sorted().forEach(firsts::append);
        return firsts.toString().toCharArray();
    }

    private static Entry[][] index(List<Entry> entries) {
        Entry[][] index = new Entry[TRIGGER_FIRSTS.length][];
        for (int k = 0; k < index.length; k++) {
            char first = TRIGGER_FIRSTS[k];
            index[k] =
                    entries.stream().filter(e -> e.trigger().charAt(0) == first).toArray(Entry[]::new);
        }
        return index;
    }
}
