package cn.fazhi.flow.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Splits a plain-text report into title, opening (导语), the five parts and the closing (落款).
 *
 * <p>A part starts at a heading line, recognised by its wording (the patterns of {@link
 * #HEADINGS_RESOURCE}) whatever its numbering and year, and only when the line looks like a
 * top-level heading: short, a line of its own, no sentence end inside. A line numbered （一） or (1)
 * is taken for a sub-heading (and left in its body) when most headings are numbered otherwise. A
 * kind written twice is appended to its first part. Everything before the first heading is the
 * opening (minus a title line near the top); trailing office and date lines are the closing.
 *
 * <p>No text is dropped: every non-blank character of the input ends up in the title, the opening,
 * a heading, a body or the closing. Line endings are normalised, a BOM and trailing blanks of lines
 * are removed; no other character is changed.
 *
 * <p>Thread-safe; pure Java.
 */
public final class ReportTextParser {

    /** Classpath resource holding the heading wordings per {@link PartKind}; see its header. */
    public static final String HEADINGS_RESOURCE = "/check/part-headings.txt";

    /** Longest line (in characters, after trimming) that can be a part heading. */
    public static final int MAX_HEADING_LENGTH = 60;

    /** Longest line that can be a title. */
    static final int MAX_TITLE_LENGTH = 50;

    /** How many non-blank lines at the top are searched for a title. */
    static final int TITLE_SEARCH_LINES = 3;

    /** Lines above the title must be this short (web-page residue, an office line), not prose. */
    static final int MAX_PRE_TITLE_LENGTH = 40;

    /** Longest line that can be the issuing office of the closing. */
    static final int MAX_OFFICE_LENGTH = 30;

    /** Numbering in front of a heading: 一、 1、 1. （一） (1) 第一部分 ①, with following blanks. */
    static final Pattern NUMBERING = Pattern.compile("^(?:第[一二三四五六七八九十\\d]+(?:部分|章|节)[、.．:：]?"
            + "|[一二三四五六七八九十]{1,3}[、.．,，:：]"
            + "|[\\d０-９]{1,2}\\s*(?:[、,，:：]|[.．)）](?![\\d０-９]))"
            + "|[（(]\\s*[一二三四五六七八九十\\d０-９]{1,3}\\s*[）)][、.．]?"
            + "|[①②③④⑤⑥⑦⑧⑨⑩])[\\s\\u00A0\\u3000]*");

    /**
     * Parenthesised numbering, （一） or (1): usually a sub-heading. Such a line only counts as a part
     * heading when at least as many of the recognised headings are numbered that way as not.
     */
    static final Pattern SUB_LEVEL_NUMBERING = Pattern.compile("^[（(]\\s*[一二三四五六七八九十\\d０-９]{1,3}\\s*[）)]");

    /** Punctuation a heading may end with (hongshan's headings end with ；). */
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[；;：:。，,．.、\\s\\u00A0\\u3000]+$");

    /** A sentence end inside a line: then it is prose, not a heading. */
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;]");

    /** Enumerations that start body sentences (一是… 首先…), never a part heading. */
    private static final Pattern SENTENCE_START = Pattern.compile("^(?:[一二三四五六七八九十]+是|首先|其次|再次|最后|同时|此外|另外)");

    /** A date line of the closing: 2022年12月26日, 2022年12月, 二〇二二年十二月二十六日, 2022-12-26. */
    static final Pattern DATE = Pattern.compile("^(?:[\\d０-９]{4}|[〇○零Ｏ一二三四五六七八九]{4})\\s*年\\s*"
            + "(?:[\\d０-９]{1,2}|[一二三四五六七八九十]{1,3})\\s*月"
            + "(?:\\s*(?:[\\d０-９]{1,2}|[一二三四五六七八九十]{1,3})\\s*[日号])?$"
            + "|^[\\d０-９]{4}\\s*[-－./／]\\s*[\\d０-９]{1,2}(?:\\s*[-－./／]\\s*[\\d０-９]{1,2})?$");

    /** The issuing office of the closing: a short name ending like an office. */
    static final Pattern OFFICE = Pattern.compile("^[^，,。；;：:！？!?“”\"]{2,}?"
            + "(?:人民政府|政府|办事处|委员会|管委会|党委|党工委|党组|街道|镇|乡|办公室|领导小组|司法所|局)"
            + "(?:[（(]\\s*(?:盖章|印章|章)\\s*[）)])?$");

    /** One closing line holding both: "乳山市城区街道办事处 2022年12月26日". */
    private static final Pattern OFFICE_AND_DATE =
            Pattern.compile("^(.+?)[\\s\\u00A0\\u3000]+((?:[\\d０-９]{4}|[〇○零Ｏ一二三四五六七八九]{4})\\s*(?:年|[-－./／]).*)$");

    /** A title: mentions 报告 or 情况. */
    private static final Pattern TITLE_WORDS = Pattern.compile("报告|情况");

    private final Map<PartKind, List<Pattern>> headingPatterns;

    /** A parser using the heading wordings of {@link #HEADINGS_RESOURCE}. */
    public ReportTextParser() {
        this(loadHeadingPatterns());
    }

    /**
     * A parser using the given heading patterns; the map's iteration order is the order in which the
     * kinds are tried (first match wins).
     */
    public ReportTextParser(Map<PartKind, List<Pattern>> headingPatterns) {
        Map<PartKind, List<Pattern>> copy = new LinkedHashMap<>();
        headingPatterns.forEach((kind, patterns) -> copy.put(kind, List.copyOf(patterns)));
        this.headingPatterns = Collections.unmodifiableMap(copy);
    }

    /** The heading patterns in use, per kind, in the order they are tried. */
    public Map<PartKind, List<Pattern>> headingPatterns() {
        return headingPatterns;
    }

    /** Loads {@link #HEADINGS_RESOURCE} from the classpath. */
    public static Map<PartKind, List<Pattern>> loadHeadingPatterns() {
        try (InputStream in = ReportTextParser.class.getResourceAsStream(HEADINGS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + HEADINGS_RESOURCE);
            }
            return readHeadingPatterns(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + HEADINGS_RESOURCE, e);
        }
    }

    /**
     * Reads heading patterns in the format of {@link #HEADINGS_RESOURCE}: {@code [KIND]} section
     * lines, one regular expression per line, {@code #} comments, blank lines ignored.
     */
    public static Map<PartKind, List<Pattern>> readHeadingPatterns(Reader reader) throws IOException {
        Map<PartKind, List<Pattern>> result = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        PartKind current = null;
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            String entry = stripBlanks(number == 1 ? stripBom(line) : line);
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            if (entry.startsWith("[") && entry.endsWith("]")) {
                String name = entry.substring(1, entry.length() - 1).trim();
                try {
                    current = PartKind.valueOf(name);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Line " + number + ": unknown part kind " + name, e);
                }
                result.computeIfAbsent(current, k -> new ArrayList<>());
                continue;
            }
            if (current == null) {
                throw new IllegalArgumentException("Line " + number + ": pattern before any [KIND] section");
            }
            try {
                result.get(current).add(Pattern.compile(entry));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("Line " + number + ": bad pattern " + entry, e);
            }
        }
        Map<PartKind, List<Pattern>> frozen = new LinkedHashMap<>();
        result.forEach((kind, patterns) -> frozen.put(kind, List.copyOf(patterns)));
        return Collections.unmodifiableMap(frozen);
    }

    /**
     * The kind of part a line is the heading of, or empty when the line is not a heading: too long,
     * prose (a sentence end inside, an unnumbered line ending in 。, 一是…), or no wording matches.
     */
    public Optional<PartKind> headingKind(String line) {
        if (line == null) {
            return Optional.empty();
        }
        String text = stripBlanks(line);
        if (text.isEmpty() || text.length() > MAX_HEADING_LENGTH) {
            return Optional.empty();
        }
        Matcher numbering = NUMBERING.matcher(text);
        boolean numbered = numbering.lookingAt();
        String core = numbered ? text.substring(numbering.end()) : text;
        String trailing = "";
        Matcher punctuation = TRAILING_PUNCTUATION.matcher(core);
        if (punctuation.find()) {
            trailing = core.substring(punctuation.start());
            core = core.substring(0, punctuation.start());
        }
        if (core.isEmpty()
                || SENTENCE_END.matcher(core).find()
                || SENTENCE_START.matcher(core).find()) {
            return Optional.empty();
        }
        if (!numbered && trailing.contains("。")) {
            return Optional.empty();
        }
        for (Map.Entry<PartKind, List<Pattern>> entry : headingPatterns.entrySet()) {
            for (Pattern pattern : entry.getValue()) {
                if (pattern.matcher(core).find()) {
                    return Optional.of(entry.getKey());
                }
            }
        }
        return Optional.empty();
    }

    /** Splits {@code text} (null counts as empty) into title, opening, parts and closing. */
    public ReportContent parse(String text) {
        List<String> lines = lines(text);

        List<Integer> headingLines = new ArrayList<>();
        List<PartKind> headingKinds = new ArrayList<>();
        List<Boolean> subLevel = new ArrayList<>();
        int subLevelCount = 0;
        for (int i = 0; i < lines.size(); i++) {
            Optional<PartKind> kind = headingKind(lines.get(i));
            if (kind.isPresent()) {
                boolean sub =
                        SUB_LEVEL_NUMBERING.matcher(stripBlanks(lines.get(i))).lookingAt();
                subLevelCount += sub ? 1 : 0;
                headingLines.add(i);
                headingKinds.add(kind.get());
                subLevel.add(sub);
            }
        }
        if (subLevelCount > 0 && subLevelCount <= headingLines.size() - subLevelCount) {
            // Most headings are numbered 一、 / 1、 / not at all: a （一） line is a sub-heading of a body.
            for (int h = headingLines.size() - 1; h >= 0; h--) {
                if (subLevel.get(h)) {
                    headingLines.remove(h);
                    headingKinds.remove(h);
                }
            }
        }
        int firstHeading = headingLines.isEmpty() ? lines.size() : headingLines.get(0);

        int titleLine = findTitle(lines, firstHeading);

        int lastHeading = headingLines.isEmpty() ? -1 : headingLines.get(headingLines.size() - 1);
        ClosingLines closing = findClosing(lines, Math.max(lastHeading, titleLine) + 1);

        List<String> openingLines = new ArrayList<>();
        for (int i = 0; i < Math.min(firstHeading, closing.start()); i++) {
            if (i != titleLine) {
                openingLines.add(lines.get(i));
            }
        }

        Map<PartKind, String[]> parts = new LinkedHashMap<>();
        for (int h = 0; h < headingLines.size(); h++) {
            int start = headingLines.get(h);
            int end = h + 1 < headingLines.size() ? headingLines.get(h + 1) : closing.start();
            String heading = stripBlanks(lines.get(start));
            String body = stripBlanks(String.join("\n", lines.subList(start + 1, end)));
            PartKind kind = headingKinds.get(h);
            String[] existing = parts.get(kind);
            if (existing == null) {
                parts.put(kind, new String[] {heading, body});
            } else {
                existing[1] = joinNonBlank(existing[1], heading, body);
            }
        }
        List<ReportPart> result = new ArrayList<>();
        parts.forEach((kind, hb) -> result.add(new ReportPart(kind, hb[0], hb[1])));

        String title = titleLine < 0 ? "" : stripBlanks(lines.get(titleLine));
        return new ReportContent(
                title,
                stripBlanks(String.join("\n", openingLines)),
                result,
                new Closing(closing.office(), closing.date()));
    }

    /** Normalised lines: no BOM, \r\n and \r as \n, trailing blanks of every line removed. */
    static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String normalised = stripBom(text).replace("\r\n", "\n").replace('\r', '\n');
        List<String> result = new ArrayList<>();
        for (String line : normalised.split("\n", -1)) {
            result.add(stripTrailingBlanks(line));
        }
        while (!result.isEmpty() && result.get(result.size() - 1).isEmpty()) {
            result.remove(result.size() - 1);
        }
        return result;
    }

    /** The index of the title line among the first non-blank lines before {@code limit}, or -1. */
    private int findTitle(List<String> lines, int limit) {
        int seen = 0;
        for (int i = 0; i < limit && seen < TITLE_SEARCH_LINES; i++) {
            String line = stripBlanks(lines.get(i));
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            if (looksLikeTitle(line)) {
                return i;
            }
            if (line.length() > MAX_PRE_TITLE_LENGTH) {
                return -1; // prose: the report starts without a title
            }
        }
        return -1;
    }

    private static boolean looksLikeTitle(String line) {
        return line.length() <= MAX_TITLE_LENGTH
                && TITLE_WORDS.matcher(line).find()
                && !SENTENCE_END.matcher(line).find()
                && !line.endsWith("：")
                && !line.endsWith(":")
                && !NUMBERING.matcher(line).lookingAt();
    }

    private record ClosingLines(int start, String office, String date) {}

    /**
     * The closing block at the end: a date line and/or up to two office lines just above it (or a
     * single line "office date"), all at or after {@code from}. {@code start} is the index of its
     * first line, or {@code lines.size()} when there is none.
     */
    private static ClosingLines findClosing(List<String> lines, int from) {
        int none = lines.size();
        int i = previousNonBlank(lines, lines.size() - 1, from);
        if (i < 0) {
            return new ClosingLines(none, "", "");
        }
        String last = stripBlanks(lines.get(i));
        String date = "";
        int start = none;
        if (DATE.matcher(last).matches()) {
            date = last;
            start = i;
            i = previousNonBlank(lines, i - 1, from);
        } else {
            Matcher combined = OFFICE_AND_DATE.matcher(last);
            if (combined.matches()
                    && DATE.matcher(combined.group(2)).matches()
                    && isOffice(stripBlanks(combined.group(1)))) {
                return new ClosingLines(i, stripBlanks(combined.group(1)), combined.group(2));
            }
        }
        List<String> office = new ArrayList<>();
        for (int n = 0; n < 2 && i >= 0 && isOffice(stripBlanks(lines.get(i))); n++) {
            office.add(0, stripBlanks(lines.get(i)));
            start = i;
            i = previousNonBlank(lines, i - 1, from);
        }
        return new ClosingLines(start, String.join("\n", office), date);
    }

    private static boolean isOffice(String line) {
        return line.length() <= MAX_OFFICE_LENGTH && OFFICE.matcher(line).matches();
    }

    private static int previousNonBlank(List<String> lines, int index, int from) {
        for (int i = index; i >= from && i >= 0; i--) {
            if (!lines.get(i).isEmpty() && !isBlank(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String joinNonBlank(String... pieces) {
        List<String> kept = new ArrayList<>();
        for (String piece : pieces) {
            if (!isBlank(piece)) {
                kept.add(piece);
            }
        }
        return String.join("\n", kept);
    }

    // Blanks: Unicode white space plus the no-break and ideographic spaces (U+00A0, U+3000 …),
    // which String.strip() would keep.

    static boolean isBlankChar(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    private static boolean isBlank(String s) {
        return s.codePoints().allMatch(ReportTextParser::isBlankChar);
    }

    /** Removes leading and trailing blanks. */
    static String stripBlanks(String s) {
        int begin = 0;
        int end = s.length();
        while (begin < end && isBlankChar(s.charAt(begin))) {
            begin++;
        }
        while (end > begin && isBlankChar(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(begin, end);
    }

    private static String stripTrailingBlanks(String s) {
        int end = s.length();
        while (end > 0 && isBlankChar(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
