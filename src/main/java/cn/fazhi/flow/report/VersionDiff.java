package cn.fazhi.flow.report;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What changed between two texts of a report, part by part: the paragraphs added, removed, changed (with the changed
 * characters marked) and unchanged. Parts are matched by their kind, paragraphs by a diff of the paragraph lists; in a
 * block of replaced paragraphs an old and a new paragraph count as the same paragraph changed when they are similar
 * enough, otherwise as one removed and one added. A paragraph removed in one place and added identically or nearly so
 * in another (in the same part or another one, or the opening) is marked as moved on both sides: the removed side
 * tells where it went, the added side where it came from and what was edited on the way.
 *
 * <p>Pure Java, thread-safe.
 */
public final class VersionDiff {

    /** Below this share of common characters two paragraphs are taken for different paragraphs. */
    static final double SIMILARITY_THRESHOLD = 0.5;

    /** Replaced blocks larger than this (old × new paragraphs) are not paired up: removed and added. */
    private static final int MAX_PAIRING_CELLS = 400;

    /** From this share of common characters a removed and an added paragraph are taken for one paragraph moved. */
    static final double MOVE_THRESHOLD = 0.8;

    /** Above this many removed × added paragraphs only identical paragraphs are looked for as moves. */
    private static final int MAX_MOVE_CELLS = 2_500;

    /** A run of unchanged characters this short between two changes is shown as part of the change. */
    private static final int MAX_ABSORBED_EQUAL = 2;

    /** How a paragraph, a part or a piece of text changed. */
    public enum Change {
        UNCHANGED,
        ADDED,
        REMOVED,
        CHANGED
    }

    /** How a run of characters of a changed paragraph changed. */
    public enum SegmentKind {
        SAME,
        INSERTED,
        DELETED
    }

    /** A run of characters in a paragraph. */
    public record Segment(SegmentKind kind, String text) {}

    /** Where a paragraph stands: a part (null for the opening) and its paragraph number there, from 1. */
    public record Place(PartKind part, int number) {}

    /**
     * The other end of a moved paragraph: on a removed paragraph where it went, on an added one where it came from.
     * The edits spell out the paragraph from its old text to its new one (all {@code SAME} when moved unchanged).
     */
    public record Move(Place place, boolean identical, List<Segment> edits) {

        public Move {
            edits = List.copyOf(edits);
        }
    }

    /**
     * One paragraph in the comparison. The numbers are its positions (from 1) in the previous and in the current text,
     * null where it is absent; the segments spell out the paragraph: all {@code SAME} when unchanged, one
     * {@code INSERTED} when added, one {@code DELETED} when removed, mixed when changed. A removed or added paragraph
     * that was in fact moved carries its {@link Move}; it stays {@code REMOVED} at its old place and {@code ADDED} at
     * its new one, so that a marked-up copy still strikes it out there and underlines it here.
     */
    public record ParagraphChange(
            Change change,
            Integer previousNumber,
            Integer currentNumber,
            String previousText,
            String currentText,
            List<Segment> segments,
            Move move) {

        public ParagraphChange {
            segments = List.copyOf(segments);
        }

        public ParagraphChange(
                Change change,
                Integer previousNumber,
                Integer currentNumber,
                String previousText,
                String currentText,
                List<Segment> segments) {
            this(change, previousNumber, currentNumber, previousText, currentText, segments, null);
        }

        /** Removed here and found again elsewhere. */
        public boolean movedAway() {
            return move != null && change == Change.REMOVED;
        }

        /** Added here, having stood elsewhere before. */
        public boolean movedHere() {
            return move != null && change == Change.ADDED;
        }

        ParagraphChange withMove(Move move) {
            return new ParagraphChange(
                    change, previousNumber, currentNumber, previousText, currentText, segments, move);
        }

        /** The text as it stands now, or as it stood when it was removed. */
        public String text() {
            return currentText != null ? currentText : previousText;
        }
    }

    /** A part of the report with its paragraphs compared. */
    public record PartDiff(
            PartKind kind, String heading, String previousHeading, Change change, List<ParagraphChange> paragraphs) {

        public PartDiff {
            paragraphs = List.copyOf(paragraphs);
        }

        public boolean changed() {
            return change != Change.UNCHANGED;
        }

        public boolean headingChanged() {
            return heading != null && previousHeading != null && !heading.equals(previousHeading);
        }
    }

    /** The whole comparison: title, opening paragraphs, the parts (current order, then the removed ones), closing. */
    public record Result(
            ParagraphChange title, List<ParagraphChange> opening, List<PartDiff> parts, ParagraphChange closing) {

        public Result {
            opening = List.copyOf(opening);
            parts = List.copyOf(parts);
        }

        /** How many paragraphs were moved. */
        public long moves() {
            return Stream.concat(opening.stream(), parts.stream().flatMap(p -> p.paragraphs().stream()))
                    .filter(ParagraphChange::movedHere)
                    .count();
        }

        public boolean changed() {
            return title.change() != Change.UNCHANGED
                    || closing.change() != Change.UNCHANGED
                    || opening.stream().anyMatch(p -> p.change() != Change.UNCHANGED)
                    || parts.stream().anyMatch(PartDiff::changed);
        }
    }

    private VersionDiff() {}

    /** Compares the previous text of a report with the current one. */
    public static Result compare(ReportContent previous, ReportContent current) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        List<PartDiff> parts = new ArrayList<>();
        Set<PartKind> seen = EnumSet.noneOf(PartKind.class);
        for (ReportPart part : current.parts()) {
            seen.add(part.kind());
            parts.add(part(previous.part(part.kind()), Optional.of(part)));
        }
        for (ReportPart part : previous.parts()) {
            if (!seen.contains(part.kind())) {
                parts.add(part(Optional.of(part), Optional.empty()));
            }
        }
        List<ParagraphChange> opening = paragraphs(Paragraphs.of(previous.opening()), Paragraphs.of(current.opening()));
        List<List<ParagraphChange>> lists = new ArrayList<>();
        lists.add(opening);
        parts.forEach(p -> lists.add(p.paragraphs()));
        List<List<ParagraphChange>> marked = markMoves(lists, parts);
        List<PartDiff> movedParts = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            PartDiff p = parts.get(i);
            movedParts.add(new PartDiff(p.kind(), p.heading(), p.previousHeading(), p.change(), marked.get(i + 1)));
        }
        return new Result(
                text(previous.title(), current.title()),
                marked.get(0),
                movedParts,
                text(closing(previous.closing()), closing(current.closing())));
    }

    /**
     * Finds the moved paragraphs among the removed and added ones of every list (the opening first, then the parts)
     * and marks both sides: the most similar pairs first, each paragraph in one pair at most.
     */
    private static List<List<ParagraphChange>> markMoves(List<List<ParagraphChange>> lists, List<PartDiff> parts) {
        record Candidate(int list, int index, ParagraphChange change) {
            String text() {
                return change.text();
            }
        }
        record Pair(Candidate removed, Candidate added, double similarity) {}
        List<Candidate> removed = new ArrayList<>();
        List<Candidate> added = new ArrayList<>();
        for (int l = 0; l < lists.size(); l++) {
            List<ParagraphChange> list = lists.get(l);
            for (int i = 0; i < list.size(); i++) {
                ParagraphChange p = list.get(i);
                if (p.change() == Change.REMOVED && !p.text().isBlank()) {
                    removed.add(new Candidate(l, i, p));
                } else if (p.change() == Change.ADDED && !p.text().isBlank()) {
                    added.add(new Candidate(l, i, p));
                }
            }
        }
        if (removed.isEmpty() || added.isEmpty()) {
            return lists;
        }
        boolean similarToo = (long) removed.size() * added.size() <= MAX_MOVE_CELLS;
        List<Pair> pairs = new ArrayList<>();
        for (Candidate r : removed) {
            for (Candidate a : added) {
                if (r.text().equals(a.text())) {
                    pairs.add(new Pair(r, a, 1));
                } else if (similarToo && couldBeSimilar(r.text(), a.text())) {
                    double similarity = similarity(r.text(), a.text());
                    if (similarity >= MOVE_THRESHOLD) {
                        pairs.add(new Pair(r, a, similarity));
                    }
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::similarity).reversed());
        List<List<ParagraphChange>> result = new ArrayList<>();
        lists.forEach(l -> result.add(new ArrayList<>(l)));
        Set<Candidate> used = new HashSet<>();
        for (Pair pair : pairs) {
            if (used.contains(pair.removed()) || used.contains(pair.added())) {
                continue;
            }
            used.add(pair.removed());
            used.add(pair.added());
            ParagraphChange r = pair.removed().change();
            ParagraphChange a = pair.added().change();
            boolean identical = r.text().equals(a.text());
            List<Segment> edits =
                    identical ? List.of(new Segment(SegmentKind.SAME, a.text())) : characters(r.text(), a.text());
            Place to = new Place(kindOf(pair.added().list(), parts), a.currentNumber());
            Place from = new Place(kindOf(pair.removed().list(), parts), r.previousNumber());
            result.get(pair.removed().list()).set(pair.removed().index(), r.withMove(new Move(to, identical, edits)));
            result.get(pair.added().list()).set(pair.added().index(), a.withMove(new Move(from, identical, edits)));
        }
        return result;
    }

    private static PartKind kindOf(int list, List<PartDiff> parts) {
        return list == 0 ? null : parts.get(list - 1).kind();
    }

    /** Whether two texts' lengths leave room for the similarity of a move at all. */
    private static boolean couldBeSimilar(String a, String b) {
        int x = a.codePointCount(0, a.length());
        int y = b.codePointCount(0, b.length());
        return 2.0 * Math.min(x, y) / (x + y) >= MOVE_THRESHOLD;
    }

    /** Compares two lists of paragraphs. */
    public static List<ParagraphChange> paragraphs(List<String> previous, List<String> current) {
        List<ParagraphChange> result = new ArrayList<>();
        int oldAt = 0;
        int newAt = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(previous, current).getDeltas()) {
            int oldStart = delta.getSource().getPosition();
            int newStart = delta.getTarget().getPosition();
            while (oldAt < oldStart && newAt < newStart) {
                result.add(unchanged(previous.get(oldAt), ++oldAt, ++newAt));
            }
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            if (delta.getType() == DeltaType.CHANGE) {
                pairUp(removed, oldStart, added, newStart, result);
            } else {
                for (int i = 0; i < removed.size(); i++) {
                    result.add(removed(removed.get(i), oldStart + i + 1));
                }
                for (int i = 0; i < added.size(); i++) {
                    result.add(added(added.get(i), newStart + i + 1));
                }
            }
            oldAt = oldStart + removed.size();
            newAt = newStart + added.size();
        }
        while (oldAt < previous.size() && newAt < current.size()) {
            result.add(unchanged(previous.get(oldAt), ++oldAt, ++newAt));
        }
        return result;
    }

    /** The characters of two versions of one paragraph, as runs of same, deleted and inserted text. */
    public static List<Segment> characters(String previous, String current) {
        List<Integer> a = previous.codePoints().boxed().toList();
        List<Integer> b = current.codePoints().boxed().toList();
        List<Segment> raw = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<Integer> delta : DiffUtils.diff(a, b).getDeltas()) {
            int start = delta.getSource().getPosition();
            if (start > at) {
                raw.add(new Segment(SegmentKind.SAME, string(a.subList(at, start))));
            }
            if (!delta.getSource().getLines().isEmpty()) {
                raw.add(new Segment(
                        SegmentKind.DELETED, string(delta.getSource().getLines())));
            }
            if (!delta.getTarget().getLines().isEmpty()) {
                raw.add(new Segment(
                        SegmentKind.INSERTED, string(delta.getTarget().getLines())));
            }
            at = start + delta.getSource().size();
        }
        if (at < a.size()) {
            raw.add(new Segment(SegmentKind.SAME, string(a.subList(at, a.size()))));
        }
        return tidy(raw);
    }

    /** How much two texts share: twice the unchanged characters over both lengths, 1 for two equal texts. */
    static double similarity(String previous, String current) {
        int total = previous.codePointCount(0, previous.length()) + current.codePointCount(0, current.length());
        if (total == 0) {
            return 1;
        }
        int same = characters(previous, current).stream()
                .filter(s -> s.kind() == SegmentKind.SAME)
                .mapToInt(s -> s.text().codePointCount(0, s.text().length()))
                .sum();
        return 2.0 * same / total;
    }

    private static PartDiff part(Optional<ReportPart> previous, Optional<ReportPart> current) {
        List<String> before = previous.map(p -> Paragraphs.of(p.body())).orElse(List.of());
        List<String> after = current.map(p -> Paragraphs.of(p.body())).orElse(List.of());
        PartKind kind = current.or(() -> previous).orElseThrow().kind();
        String heading = current.map(ReportPart::heading).orElse(null);
        String previousHeading = previous.map(ReportPart::heading).orElse(null);
        if (previous.isEmpty()) {
            return new PartDiff(kind, heading, null, Change.ADDED, paragraphs(List.of(), after));
        }
        if (current.isEmpty()) {
            return new PartDiff(kind, null, previousHeading, Change.REMOVED, paragraphs(before, List.of()));
        }
        List<ParagraphChange> paragraphs = paragraphs(before, after);
        boolean changed = !Objects.equals(heading, previousHeading)
                || paragraphs.stream().anyMatch(p -> p.change() != Change.UNCHANGED);
        return new PartDiff(kind, heading, previousHeading, changed ? Change.CHANGED : Change.UNCHANGED, paragraphs);
    }

    private static ParagraphChange text(String previous, String current) {
        if (previous.equals(current)) {
            return unchanged(current, null, null);
        }
        if (previous.isBlank()) {
            return new ParagraphChange(
                    Change.ADDED, null, null, null, current, List.of(new Segment(SegmentKind.INSERTED, current)));
        }
        if (current.isBlank()) {
            return new ParagraphChange(
                    Change.REMOVED, null, null, previous, null, List.of(new Segment(SegmentKind.DELETED, previous)));
        }
        return new ParagraphChange(Change.CHANGED, null, null, previous, current, characters(previous, current));
    }

    private static String closing(Closing closing) {
        return (closing.office() + " " + closing.date()).strip();
    }

    /**
     * Pairs the old and new paragraphs of a replaced block, in order, maximising their total similarity (a small
     * sequence alignment); unpaired paragraphs are removed or added.
     */
    private static void pairUp(
            List<String> removed, int oldStart, List<String> added, int newStart, List<ParagraphChange> out) {
        int n = removed.size();
        int m = added.size();
        double[][] sim = new double[n][m];
        boolean pairable = (long) n * m <= MAX_PAIRING_CELLS;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                sim[i][j] = pairable ? similarity(removed.get(i), added.get(j)) : 0;
            }
        }
        double[][] best = new double[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                double skip = Math.max(best[i + 1][j], best[i][j + 1]);
                double pair = sim[i][j] >= SIMILARITY_THRESHOLD ? best[i + 1][j + 1] + sim[i][j] : -1;
                best[i][j] = Math.max(skip, pair);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && sim[i][j] >= SIMILARITY_THRESHOLD && best[i][j] == best[i + 1][j + 1] + sim[i][j]) {
                out.add(new ParagraphChange(
                        Change.CHANGED,
                        oldStart + i + 1,
                        newStart + j + 1,
                        removed.get(i),
                        added.get(j),
                        characters(removed.get(i), added.get(j))));
                i++;
                j++;
            } else if (i < n && (j == m || best[i][j] == best[i + 1][j])) {
                out.add(removed(removed.get(i), oldStart + i + 1));
                i++;
            } else {
                out.add(added(added.get(j), newStart + j + 1));
                j++;
            }
        }
    }

    /**
     * Makes character segments readable: a very short unchanged run between two changes joins the change, and within
     * each change the deleted text comes first, then the inserted text.
     */
    private static List<Segment> tidy(List<Segment> raw) {
        List<Segment> absorbed = new ArrayList<>();
        for (int k = 0; k < raw.size(); k++) {
            Segment s = raw.get(k);
            boolean between = k > 0 && k < raw.size() - 1;
            if (s.kind() == SegmentKind.SAME
                    && between
                    && s.text().codePointCount(0, s.text().length()) <= MAX_ABSORBED_EQUAL) {
                absorbed.add(new Segment(SegmentKind.DELETED, s.text()));
                absorbed.add(new Segment(SegmentKind.INSERTED, s.text()));
            } else {
                absorbed.add(s);
            }
        }
        List<Segment> result = new ArrayList<>();
        StringBuilder deleted = new StringBuilder();
        StringBuilder inserted = new StringBuilder();
        for (Segment s : absorbed) {
            switch (s.kind()) {
                case DELETED -> deleted.append(s.text());
                case INSERTED -> inserted.append(s.text());
                case SAME -> {
                    flush(deleted, inserted, result);
                    result.add(s);
                }
            }
        }
        flush(deleted, inserted, result);
        return result;
    }

    private static void flush(StringBuilder deleted, StringBuilder inserted, List<Segment> out) {
        if (!deleted.isEmpty()) {
            out.add(new Segment(SegmentKind.DELETED, deleted.toString()));
            deleted.setLength(0);
        }
        if (!inserted.isEmpty()) {
            out.add(new Segment(SegmentKind.INSERTED, inserted.toString()));
            inserted.setLength(0);
        }
    }

    private static ParagraphChange unchanged(String text, Integer previousNumber, Integer currentNumber) {
        return new ParagraphChange(
                Change.UNCHANGED,
                previousNumber,
                currentNumber,
                text,
                text,
                List.of(new Segment(SegmentKind.SAME, text)));
    }

    private static ParagraphChange removed(String text, int previousNumber) {
        return new ParagraphChange(
                Change.REMOVED, previousNumber, null, text, null, List.of(new Segment(SegmentKind.DELETED, text)));
    }

    private static ParagraphChange added(String text, int currentNumber) {
        return new ParagraphChange(
                Change.ADDED, null, currentNumber, null, text, List.of(new Segment(SegmentKind.INSERTED, text)));
    }

    private static String string(List<Integer> codePoints) {
        StringBuilder s = new StringBuilder(codePoints.size());
        codePoints.forEach(s::appendCodePoint);
        return s.toString();
    }
}
