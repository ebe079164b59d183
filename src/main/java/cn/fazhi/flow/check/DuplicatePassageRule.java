package cn.fazhi.flow.check;

import cn.fazhi.flow.report.PartKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.springframework.stereotype.Component;

/**
 * A passage of {@value #MIN} or more characters written twice (in the same part or another), and a clause repeated
 * inside one sentence. Texts are compared after normalising: punctuation and blanks dropped, full-width letters and
 * digits read as half-width. The finding stands at the second occurrence and names the first (part and paragraph).
 *
 * <p>Linear in the text: every window of {@value #MIN} normalised characters of the opening and the parts' paragraphs
 * is hashed (rolling hash) into an open-addressing table holding its first occurrence; consecutive matching windows
 * are extended in O(1) each and reported as one passage, passages a few characters apart (a small edit) as one.
 * Characters belonging to set phrases that recur by design ({@code check/set-phrases.txt}) do not count towards the
 * {@value #MIN}.
 */
@Component
class DuplicatePassageRule implements CheckRule {

    static final String ID = "duplicate-passage";

    /** Normalised characters a passage must have (not counting set phrases) to be reported. */
    static final int MIN = 20;

    /** Normalised characters a clause must have for its repetition within a sentence to be reported. */
    static final int MIN_CLAUSE = 6;

    /** Two repeated passages at most this many characters apart (on both sides) are reported as one. */
    private static final int GAP = 6;

    private static final int MAX_EXCERPT = 60;

    private static final long BASE = 0x100000001B3L;
    private static final long POW = power(BASE, MIN);

    private static final String CLAUSE_ENDS = "，,、；;：:";
    private static final String SENTENCE_ENDS = "。！？!?";

    /**
     * Per character: {@link #normal(char)} in the low 16 bits, and {@link #CLAUSE_END} or {@link #SENTENCE_END} for a
     * dropped character that ends a clause or a sentence.
     */
    private static final int[] CLASS = new int[Character.MAX_VALUE + 1];

    private static final int CLAUSE_END = 1 << 16;
    private static final int SENTENCE_END = 1 << 17;

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char normal = normal((char) c);
            int cls = normal;
            if (normal == 0 && SENTENCE_ENDS.indexOf(c) >= 0) {
                cls = SENTENCE_END;
            } else if (normal == 0 && CLAUSE_ENDS.indexOf(c) >= 0) {
                cls = CLAUSE_END;
            }
            CLASS[c] = cls;
        }
    }

    /**
     * Scratch arrays reused between checks, at most one per processor: a check borrows one (or makes one when all are
     * lent) and gives it back, so a server's many request threads do not each keep one.
     */
    private static final BlockingQueue<Scratch> SCRATCH =
            new ArrayBlockingQueue<>(Runtime.getRuntime().availableProcessors());

    /** The set phrases (normalised) per first character; null for a character no phrase starts with. */
    private final char[][][] setPhrases = new char[Character.MAX_VALUE + 1][][];

    /** The longest set phrase's length. */
    private final int longestPhrase;

    DuplicatePassageRule() {
        int longest = 0;
        for (String line : CheckData.lines("set-phrases.txt")) {
            char[] phrase = normalise(line);
            if (phrase.length == 0) {
                continue;
            }
            char[][] same = setPhrases[phrase[0]] == null ? new char[0][] : setPhrases[phrase[0]];
            same = Arrays.copyOf(same, same.length + 1);
            same[same.length - 1] = phrase;
            setPhrases[phrase[0]] = same;
            longest = Math.max(longest, phrase.length);
        }
        this.longestPhrase = longest;
    }

    @Override
    public String id() {
        return ID;
    }

    /** One repeated passage: its second occurrence [s, e) in block sb, its first [f, fe) in block fb. */
    private static final class Run {
        final int sb;
        final int s;
        int e;
        final int fb;
        final int f;
        int fe;
        /** Characters between merged pieces: different text, not repeated. */
        int gaps;

        Run(int sb, int s, int e, int fb, int f, int fe) {
            this.sb = sb;
            this.s = s;
            this.e = e;
            this.fb = fb;
            this.f = f;
            this.fe = fe;
        }
    }

    private static final class Scratch {
        char[] norm = new char[0];
        /** Per normalised character, its offset in its block's text. */
        int[] offset = new int[0];
        /** The hash table: per slot, the position of a window (its first occurrence); only slots marked used count. */
        int[] table = new int[0];

        /**
         * Bit s: whether slot s of the table is used. Cleared for every check; 16 KB for a report of 15,000 characters,
         * so it stays in the first-level cache, and a window new to the text (the usual case) is stored without reading
         * the table, which does not fit there.
         */
        long[] used = new long[0];

        void ensure(int n) {
            if (norm.length < n) {
                norm = new char[n];
                offset = new int[n];
            }
            int cap = tableSize(n);
            if (table.length < cap) {
                table = new int[cap];
                used = new long[cap >>> 6];
            }
        }
    }

    @Override
    public List<Finding> check(CheckInput input) {
        Scratch scratch = SCRATCH.poll();
        if (scratch == null) {
            scratch = new Scratch();
        }
        try {
            return check(input, scratch);
        } finally {
            SCRATCH.offer(scratch);
        }
    }

    private List<Finding> check(CheckInput input, Scratch scratch) {
        List<CheckInput.Block> blocks = new ArrayList<>();
        int total = 0;
        for (CheckInput.Block block : input.blocks()) {
            if (block.zone() == CheckInput.Zone.OPENING || block.zone() == CheckInput.Zone.BODY) {
                blocks.add(block);
                total += block.text().length();
            }
        }
        scratch.ensure(total);
        char[] norm = scratch.norm;
        int[] offset = scratch.offset;
        int[] start = new int[blocks.size() + 1];
        // the clause and sentence ends, as (normalised position << 1 | 1 for a sentence end), per block from markStart
        int[] marks = new int[16];
        int[] markStart = new int[blocks.size() + 1];
        int m = 0;
        int n = 0;
        for (int b = 0; b < blocks.size(); b++) {
            start[b] = n;
            markStart[b] = m;
            CheckInput.Block block = blocks.get(b);
            char[] text = input.chars(block);
            int from = 0; // the Chinese characters (the usual case) up to the next other one are their own normal form
            for (int next : input.nonHan(block)) {
                n = copy(text, from, next, norm, offset, n);
                int cls = CLASS[text[next]];
                char c = (char) cls;
                if (c != 0) {
                    offset[n] = next;
                    norm[n++] = c;
                } else if (cls != 0) {
                    marks = mark(marks, m++, n, cls == SENTENCE_END);
                }
                from = next + 1;
            }
            n = copy(text, from, text.length, norm, offset, n);
            marks = mark(marks, m++, n, true); // a paragraph ends a sentence
        }
        start[blocks.size()] = n;
        markStart[blocks.size()] = m;

        List<Run> runs = runs(scratch, norm, start, n);
        List<Finding> findings = new ArrayList<>();
        for (Run run : runs) {
            CheckInput.Block block = blocks.get(run.sb);
            boolean[] inTitle = inTitle(input.chars(block), input.nonHan(block), offset, run);
            if (uncovered(norm, inTitle, start, run) >= MIN) {
                findings.add(passage(blocks, offset, run));
            }
        }
        clauses(blocks, norm, offset, start, marks, markStart, runs, findings);
        findings.sort(Comparator.comparing(Finding::line));
        return findings;
    }

    /** The repeated passages, in reading order of their second occurrence. */
    private static List<Run> runs(Scratch scratch, char[] norm, int[] start, int n) {
        List<Run> runs = new ArrayList<>();
        int cap = tableSize(n);
        int mask = cap - 1;
        int bits = Integer.numberOfTrailingZeros(cap);
        int[] table = scratch.table;
        long[] used = scratch.used;
        Arrays.fill(used, 0, cap >>> 6, 0L);
        for (int b = 0; b + 1 < start.length; b++) {
            int bs = start[b];
            int be = start[b + 1];
            if (be - bs < MIN) {
                continue;
            }
            long h = 0;
            for (int j = bs; j < bs + MIN; j++) {
                h = h * BASE + norm[j];
            }
            boolean inRun = false;
            int runStart = 0;
            int runFirstBlock = 0;
            int runFirst = 0;
            int q = 0;
            for (int p = bs; p + MIN <= be; p++) {
                if (p > bs) {
                    h = h * BASE + norm[p + MIN - 1] - norm[p - 1] * POW;
                }
                if (inRun) {
                    int e = q + 1;
                    if (e + MIN <= start[runFirstBlock + 1] && norm[e + MIN - 1] == norm[p + MIN - 1]) {
                        q = e;
                        continue;
                    }
                    close(runs, new Run(b, runStart, p - 1 + MIN, runFirstBlock, runFirst, q + MIN));
                    inRun = false;
                }
                int slot = (int) ((h * 0x9E3779B97F4A7C15L) >>> (64 - bits)) & mask;
                int found = -1;
                while ((used[slot >>> 6] & 1L << slot) != 0) {
                    int at = table[slot];
                    if (same(norm, at, p)) {
                        found = at;
                        break;
                    }
                    slot = (slot + 1) & mask;
                }
                if (found < 0) {
                    used[slot >>> 6] |= 1L << slot;
                    table[slot] = p;
                    continue;
                }
                int fb = blockOf(start, found);
                if (fb == b && found + MIN > p) {
                    continue; // the window overlaps itself: a periodic text, not a repetition
                }
                inRun = true;
                runStart = p;
                runFirstBlock = fb;
                runFirst = found;
                q = found;
            }
            if (inRun) {
                close(runs, new Run(b, runStart, be, runFirstBlock, runFirst, q + MIN));
            }
        }
        return runs;
    }

    /** Adds a run, or merges it into the previous one when both sides continue it after a small gap. */
    private static void close(List<Run> runs, Run run) {
        if (!runs.isEmpty()) {
            Run last = runs.get(runs.size() - 1);
            int gap = run.s - last.e;
            int firstGap = run.f - last.fe;
            if (last.sb == run.sb
                    && last.fb == run.fb
                    && gap >= -MIN
                    && gap <= GAP
                    && firstGap >= -MIN
                    && firstGap <= GAP) {
                last.gaps += Math.max(0, gap);
                last.e = Math.max(last.e, run.e);
                last.fe = Math.max(last.fe, run.fe);
                return;
            }
        }
        runs.add(run);
    }

    /**
     * How many characters of a run's second occurrence are neither part of a set phrase nor of a document's title in
     * 《》 (the same documents are cited in several places by design).
     */
    private int uncovered(char[] norm, boolean[] covered, int[] start, Run run) {
        int bs = start[run.sb];
        int be = start[run.sb + 1];
        int last = Math.min(be, run.e + longestPhrase - 1);
        for (int pos = Math.max(bs, run.s - longestPhrase + 1); pos < last; pos++) {
            char[][] candidates = setPhrases[norm[pos]];
            if (candidates == null) {
                continue;
            }
            for (char[] phrase : candidates) {
                // the phrase must overlap the run and stay within the block
                if (pos + phrase.length <= run.s
                        || pos + phrase.length > Math.min(be, run.e + phrase.length - 1)
                        || !regionEquals(norm, pos, phrase)) {
                    continue;
                }
                for (int k = Math.max(pos, run.s); k < Math.min(pos + phrase.length, run.e); k++) {
                    covered[k - run.s] = true;
                }
            }
        }
        int count = 0;
        for (boolean c : covered) {
            count += c ? 0 : 1;
        }
        return count - run.gaps;
    }

    /**
     * Which normalised characters of a run's second occurrence stand inside 《》, found from the marks of its block
     * ({@code nonHan}, see {@link CheckInput#nonHan}): runs are few, so this is not done for every character.
     */
    private static boolean[] inTitle(char[] text, int[] nonHan, int[] offset, Run run) {
        boolean[] inTitle = new boolean[run.e - run.s];
        int titles = 0;
        int k = run.s;
        for (int i : nonHan) {
            for (; k < run.e && offset[k] < i; k++) {
                inTitle[k - run.s] = titles > 0;
            }
            if (k == run.e) {
                break;
            }
            if (text[i] == '《') {
                titles++;
            } else if (text[i] == '》' && titles > 0) {
                titles--;
            }
        }
        for (; k < run.e; k++) {
            inTitle[k - run.s] = titles > 0;
        }
        return inTitle;
    }

    /** Copies text[from, to) to norm at n, with the offsets; returns the new n. */
    private static int copy(char[] text, int from, int to, char[] norm, int[] offset, int n) {
        int shift = n - from;
        for (int i = from; i < to; i++) {
            norm[i + shift] = text[i];
            offset[i + shift] = i;
        }
        return to + shift;
    }

    /** The text of a block between two of its normalised positions (inclusive), as written. */
    private static String written(CheckInput.Block block, int[] offset, int from, int to) {
        return block.text().substring(offset[from], offset[to] + 1);
    }

    private static Finding passage(List<CheckInput.Block> blocks, int[] offset, Run run) {
        CheckInput.Block second = blocks.get(run.sb);
        CheckInput.Block first = blocks.get(run.fb);
        String excerpt = shorten(written(second, offset, run.s, run.e - 1));
        return Finding.at(
                        ID,
                        Severity.WARNING,
                        second,
                        excerpt,
                        "check.duplicate-passage.found",
                        place(first),
                        first.paragraph(),
                        run.e - run.s)
                .suggest("check.duplicate-passage.fix", place(first), first.paragraph());
    }

    private static int[] mark(int[] marks, int at, int position, boolean sentenceEnd) {
        int[] a = at == marks.length ? Arrays.copyOf(marks, at * 2) : marks;
        a[at] = position << 1 | (sentenceEnd ? 1 : 0);
        return a;
    }

    /** Clauses repeated within one sentence, unless already inside a reported passage. */
    private static void clauses(
            List<CheckInput.Block> blocks,
            char[] norm,
            int[] offset,
            int[] start,
            int[] marks,
            int[] markStart,
            List<Run> runs,
            List<Finding> findings) {
        int[] clauseStart = new int[16];
        int[] clauseEnd = new int[16];
        for (int b = 0; b < blocks.size(); b++) {
            int clauses = 0;
            int clauseFrom = start[b];
            for (int k = markStart[b]; k < markStart[b + 1]; k++) {
                int normPos = marks[k] >> 1;
                if (normPos - clauseFrom >= MIN_CLAUSE) {
                    if (clauses == clauseStart.length) {
                        clauseStart = Arrays.copyOf(clauseStart, clauses * 2);
                        clauseEnd = Arrays.copyOf(clauseEnd, clauses * 2);
                    }
                    clauseStart[clauses] = clauseFrom;
                    clauseEnd[clauses++] = normPos;
                }
                clauseFrom = normPos;
                if ((marks[k] & 1) != 0) {
                    repeatedClauses(blocks, b, norm, offset, runs, findings, clauseStart, clauseEnd, clauses);
                    clauses = 0;
                }
            }
        }
    }

    private static void repeatedClauses(
            List<CheckInput.Block> blocks,
            int b,
            char[] norm,
            int[] offset,
            List<Run> runs,
            List<Finding> findings,
            int[] clauseStart,
            int[] clauseEnd,
            int clauses) {
        for (int j = 1; j < clauses; j++) {
            int length = clauseEnd[j] - clauseStart[j];
            for (int i = 0; i < j; i++) {
                if (clauseEnd[i] - clauseStart[i] != length
                        || !Arrays.equals(norm, clauseStart[i], clauseEnd[i], norm, clauseStart[j], clauseEnd[j])) {
                    continue;
                }
                if (!insideRun(runs, b, clauseStart[j], clauseEnd[j])) {
                    CheckInput.Block block = blocks.get(b);
                    String clause = written(block, offset, clauseStart[j], clauseEnd[j] - 1);
                    findings.add(
                            Finding.at(ID, Severity.WARNING, block, clause, "check.duplicate-passage.clause", clause)
                                    .suggest("check.duplicate-passage.clause.fix", clause));
                }
                break;
            }
        }
    }

    private static boolean insideRun(List<Run> runs, int block, int s, int e) {
        for (Run run : runs) {
            if (run.sb == block && run.fb == block && run.s <= s && e <= run.e) {
                return true;
            }
        }
        return false;
    }

    /** The part a block belongs to, as a message argument: a part's name, or the opening. */
    private static String place(CheckInput.Block block) {
        PartKind part = block.part();
        return part == null ? "#check.duplicate-passage.opening" : "#part." + part.name();
    }

    private static boolean same(char[] norm, int a, int b) {
        for (int k = 0; k < MIN; k++) {
            if (norm[a + k] != norm[b + k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean regionEquals(char[] norm, int pos, char[] phrase) {
        for (int k = 0; k < phrase.length; k++) {
            if (norm[pos + k] != phrase[k]) {
                return false;
            }
        }
        return true;
    }

    private static int blockOf(int[] start, int pos) {
        int b = Arrays.binarySearch(start, pos);
        if (b < 0) {
            return -b - 2;
        }
        while (b + 1 < start.length && start[b + 1] == pos) {
            b++; // empty blocks share a start
        }
        return b;
    }

    /**
     * The hash table's slots for n characters: a load factor of at most 1/16 up to 2^17 slots (a report of 15,000
     * characters fills about a tenth), so that most windows find an empty slot at once and the test for one is rarely
     * mispredicted (measured 1.1 times faster for the whole check than a load factor of 1/2); at most 1/2 beyond. The
     * bit set of used slots then has 2^17 bits at most for such reports.
     */
    static int tableSize(int n) {
        int least = Integer.highestOneBit(Math.max(1, n)) << 2;
        return Math.max(64, Math.max(least, Math.min(least << 2, 1 << 17)));
    }

    /** The character as compared, or 0 when it is dropped (punctuation, blanks). */
    static char normal(char c) {
        if (c >= '\u4e00' && c <= '\u9fff') {
            return c;
        }
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + 32);
        }
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            return c;
        }
        if (c >= '０' && c <= '９') {
            return (char) (c - 0xfee0);
        }
        if (c >= 'Ａ' && c <= 'Ｚ') {
            return (char) (c - 0xfee0 + 32);
        }
        if (c >= 'ａ' && c <= 'ｚ') {
            return (char) (c - 0xfee0);
        }
        return Character.isLetterOrDigit(c) ? c : 0;
    }

    private static char[] normalise(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = normal(text.charAt(i));
            if (c != 0) {
                sb.append(c);
            }
        }
        return sb.toString().toCharArray();
    }

    private static String shorten(String text) {
        return text.length() <= MAX_EXCERPT ? text : text.substring(0, MAX_EXCERPT) + "…";
    }

    private static long power(long base, int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= base;
        }
        return result;
    }
}
