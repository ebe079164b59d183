package cn.fazhi.flow.check;

import cn.fazhi.flow.report.Paragraphs;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportPart;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text every rule reads, cut once into numbered blocks in reading order: the title, the opening's paragraphs, each
 * part's heading and its paragraphs, and the closing's office and date. {@code line} counts the blocks of the whole text
 * from 1 (one block per line, as the report reads when printed); {@code paragraph} counts a part's (or the opening's)
 * paragraphs from 1, as {@link Paragraphs} does, and is 0 for headings, the title and the closing.
 */
public final class CheckInput {

    /** Where in the report a block stands. */
    public enum Zone {
        TITLE,
        OPENING,
        HEADING,
        BODY,
        CLOSING_OFFICE,
        CLOSING_DATE
    }

    /** One line of the report's text. */
    public record Block(Zone zone, PartKind part, int paragraph, int line, String text) {}

    private final ReportContent content;
    private final Integer year;
    private final List<Block> blocks;

    /** What the rules read of one block beyond its text, made when first asked for: several rules ask. */
    private static final class Derived {
        char[] chars;
        int[] nonHan;
        Map<StrayTextRule.Kind, String> strayText;
    }

    /** Per block (by line), what was derived from it so far; made when first asked for. */
    private Derived[] derived;

    /** Room for one block's offsets while {@link #nonHan(Block)} finds them. */
    private int[] scratch = new int[0];

    private CheckInput(ReportContent content, Integer year, List<Block> blocks) {
        this.content = content;
        this.year = year;
        this.blocks = blocks;
    }

    /** The input for a report's text; {@code year} is the report year when known (null otherwise). */
    public static CheckInput of(ReportContent content, Integer year) {
        List<Block> blocks = new ArrayList<>();
        int line = 0;
        if (!content.title().isBlank()) {
            blocks.add(new Block(Zone.TITLE, null, 0, ++line, content.title().strip()));
        }
        int n = 0;
        for (String p : Paragraphs.of(content.opening())) {
            blocks.add(new Block(Zone.OPENING, null, ++n, ++line, p));
        }
        for (ReportPart part : content.parts()) {
            if (!part.heading().isBlank()) {
                blocks.add(new Block(
                        Zone.HEADING, part.kind(), 0, ++line, part.heading().strip()));
            }
            int p = 0;
            for (String text : Paragraphs.of(part.body())) {
                blocks.add(new Block(Zone.BODY, part.kind(), ++p, ++line, text));
            }
        }
        if (!content.closing().office().isBlank()) {
            blocks.add(new Block(
                    Zone.CLOSING_OFFICE,
                    null,
                    0,
                    ++line,
                    content.closing().office().strip()));
        }
        if (!content.closing().date().isBlank()) {
            blocks.add(new Block(
                    Zone.CLOSING_DATE, null, 0, ++line, content.closing().date().strip()));
        }
        return new CheckInput(content, year, Collections.unmodifiableList(blocks));
    }

    public ReportContent content() {
        return content;
    }

    /** The report year, when known. */
    public Optional<Integer> year() {
        return Optional.ofNullable(year);
    }

    /** Every block in reading order. */
    public List<Block> blocks() {
        return blocks;
    }

    /** What {@link StrayTextRule} finds in a block of this input (see {@link StrayTextRule#find(String)}). */
    Map<StrayTextRule.Kind, String> strayText(Block block) {
        Derived d = derived(block);
        if (d.strayText == null) {
            d.strayText = StrayTextRule.find(block.text(), chars(block));
        }
        return d.strayText;
    }

    /** A block's text as characters, made once per input; callers must not change the array. */
    char[] chars(Block block) {
        Derived d = derived(block);
        if (d.chars == null) {
            d.chars = block.text().toCharArray();
        }
        return d.chars;
    }

    /**
     * The offsets, in order, of a block's characters outside the CJK Unified Ideographs (U+4E00–U+9FFF): punctuation,
     * blanks, digits, letters. Made once per input; callers must not change the array. A report is mostly Chinese, so
     * the rules looking for marks visit these few offsets instead of every character, and do not pay for a branch
     * mispredicted at every change between a Chinese character and a mark.
     */
    int[] nonHan(Block block) {
        Derived d = derived(block);
        if (d.nonHan == null) {
            char[] text = chars(block);
            if (scratch.length < text.length) {
                scratch = new int[text.length];
            }
            d.nonHan = nonHan(text, scratch);
        }
        return d.nonHan;
    }

    private Derived derived(Block block) {
        if (derived == null) {
            derived = new Derived[blocks.size()];
        }
        Derived d = derived[block.line() - 1];
        if (d == null) {
            d = new Derived();
            derived[block.line() - 1] = d;
        }
        return d;
    }

    /** {@link #nonHan(Block)} of a text, found with {@code scratch} (at least as long as the text). */
    static int[] nonHan(char[] text, int[] scratch) {
        int n = 0;
        for (int i = 0; i < text.length; i++) {
            char c = text[i];
            if (c < '\u4e00' || c > '\u9fff') {
                scratch[n++] = i;
            }
        }
        return Arrays.copyOf(scratch, n);
    }

    /** The heading and paragraphs of one part, in order (empty when the part is absent). */
    public List<Block> part(PartKind kind) {
        return blocks.stream().filter(b -> b.part() == kind).toList();
    }
}
