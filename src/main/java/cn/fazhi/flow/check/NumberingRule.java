package cn.fazhi.flow.check;

import cn.fazhi.flow.check.CheckInput.Block;
import cn.fazhi.flow.check.CheckInput.Zone;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Numbering that skips, repeats or goes back at one level (（三） twice; 1、 2、 2、), mixes marker styles at one level
 * (（1）（2）（三）), malformed markers (一） without its opening bracket, （三）、 with a stray 、, "1. " with a blank) and a
 * level skipped (一、 straight to 1.), after the hierarchy of GB/T 9704-2012: 一、 → （一） → 1. → （1）.
 *
 * <p>The part headings are the top level, one sequence across the whole report (with numbered paragraphs of the opening
 * and 一、 lines inside a body, which are top-level headings the parser did not take for parts). Below them each level's
 * numbering restarts under each item of the level above. A parenthesised marker is placed by its number where it
 * could be either （一） or （1）: the level whose sequence it continues. Inline enumerations (一是…二是…) are their own
 * sequence within a paragraph, continued by a paragraph that starts with the next one. Half-width brackets count as
 * full-width ones here (the rule halfwidth-punctuation reports them).
 */
@Component
class NumberingRule implements CheckRule {

    static final String ID = "numbering";

    /** Characters before an inline 一是 / 二是: a sentence or clause end (or the paragraph start). */
    private static final String INLINE_BEFORE = "。；;：:！？!?，,";

    private static final String CHINESE_DIGITS = "一二三四五六七八九十";

    /** How many characters of the text from a marker an excerpt shows. */
    private static final int EXCERPT_LENGTH = 16;

    @Override
    public String id() {
        return ID;
    }

    private record Item(Block block, NumberingMarker marker) {}

    private static final class Sequence {
        final int level;
        final int parentLevel;
        final boolean checkLevel;
        final List<Item> items = new ArrayList<>();

        Sequence(int level, int parentLevel, boolean checkLevel) {
            this.level = level;
            this.parentLevel = parentLevel;
            this.checkLevel = checkLevel;
        }

        int last() {
            return items.get(items.size() - 1).marker().value();
        }
    }

    @Override
    public List<Finding> check(CheckInput input) {
        List<Finding> findings = new ArrayList<>();
        Sequence top = new Sequence(1, 0, false);
        Deque<Sequence> stack = new ArrayDeque<>();
        int baseLevel = 0;
        boolean joinTop = true;
        Integer lastInline = null;
        Object context = null;
        for (Block block : input.blocks()) {
            Zone zone = block.zone();
            if (zone == Zone.TITLE || zone == Zone.CLOSING_OFFICE || zone == Zone.CLOSING_DATE) {
                continue;
            }
            NumberingMarker marker = NumberingMarker.read(block.text());
            if (marker != null) {
                malformed(block, marker, findings);
            }
            if (zone == Zone.HEADING) {
                closeAll(stack, findings);
                context = block;
                lastInline = null;
                if (marker != null) {
                    top.items.add(new Item(block, marker));
                }
                baseLevel = marker != null && marker.parenthesised() ? 2 : 1;
                joinTop = marker != null
                        && !marker.parenthesised()
                        && !marker.style().equals(NumberingMarker.STYLE_SECTION);
                continue;
            }
            if (context == null) {
                context = Zone.OPENING; // the opening: no parent, its 1、 / 一、 paragraphs are top level
                baseLevel = 0;
                joinTop = true;
            }
            if (marker != null) {
                place(block, marker, top, stack, baseLevel, joinTop, findings);
            }
            lastInline = inline(block, marker == null ? 0 : marker.end(), lastInline, findings);
        }
        closeAll(stack, findings);
        evaluate(top, findings);
        return findings;
    }

    private static void place(
            Block block,
            NumberingMarker marker,
            Sequence top,
            Deque<Sequence> stack,
            int baseLevel,
            boolean joinTop,
            List<Finding> findings) {
        String style = marker.style();
        int level;
        switch (style) {
            case NumberingMarker.STYLE_CHINESE, NumberingMarker.STYLE_CHINESE_DOT, NumberingMarker.STYLE_SECTION -> {
                if (joinTop) {
                    closeAll(stack, findings);
                    top.items.add(new Item(block, marker));
                    return;
                }
                level = 1;
            }
            case NumberingMarker.STYLE_ARABIC_DOT, NumberingMarker.STYLE_ARABIC_COMMA -> {
                if (block.zone() == Zone.OPENING) {
                    closeAll(stack, findings);
                    top.items.add(new Item(block, marker));
                    return;
                }
                level = 3;
            }
            case NumberingMarker.STYLE_PAREN_CHINESE, NumberingMarker.STYLE_PAREN_ARABIC -> level =
                    parenLevel(marker, stack);
            default -> level = 5;
        }
        while (!stack.isEmpty() && stack.peek().level > level) {
            evaluate(stack.pop(), findings);
        }
        if (stack.isEmpty() || stack.peek().level < level) {
            int parent = stack.isEmpty() ? baseLevel : stack.peek().level;
            stack.push(new Sequence(level, parent, block.zone() == Zone.BODY && baseLevel >= 1));
        }
        stack.peek().items.add(new Item(block, marker));
    }

    /**
     * Whether a parenthesised marker is a （一） (level 2) or a （1） (level 4): the level whose sequence its number
     * continues, else the level its style stands for. Without a 1. open above it, a （1） is a （一） written in the
     * wrong style unless it starts a sequence under a （一）.
     */
    private static int parenLevel(NumberingMarker marker, Deque<Sequence> stack) {
        Sequence two = null;
        Sequence three = null;
        Sequence four = null;
        for (Sequence s : stack) {
            switch (s.level) {
                case 2 -> two = two == null ? s : two;
                case 3 -> three = three == null ? s : three;
                case 4 -> four = four == null ? s : four;
                default -> {}
            }
        }
        if (two == null && three == null) {
            return 2;
        }
        int v = marker.value();
        boolean fourOpen = four != null;
        boolean continuesTwo = v == (two == null ? 1 : two.last() + 1);
        boolean continuesFour = v == (fourOpen ? four.last() + 1 : 1);
        if (marker.chinese()) {
            return continuesTwo || !continuesFour ? 2 : 4;
        }
        if (three == null && !fourOpen) {
            // a （1） right under a （一）: its child when it starts at 1, else a （一） in the wrong style
            return continuesTwo || !continuesFour ? 2 : 4;
        }
        return continuesFour || !continuesTwo ? 4 : 2;
    }

    private static void closeAll(Deque<Sequence> stack, List<Finding> findings) {
        while (!stack.isEmpty()) {
            evaluate(stack.pop(), findings);
        }
    }

    // ---- one sequence ---------------------------------------------------------------------------

    private static void evaluate(Sequence sequence, List<Finding> findings) {
        List<Item> items = sequence.items;
        if (items.isEmpty()) {
            return;
        }
        String dominant = dominantStyle(sequence);
        if (sequence.checkLevel) {
            int effective = NumberingMarker.level(dominant);
            if (effective <= 4 && effective > sequence.parentLevel + 1) {
                Item first = items.get(0);
                String expected = NumberingMarker.format(
                        canonical(sequence.parentLevel + 1), first.marker().value());
                findings.add(Finding.at(
                                ID,
                                Severity.WARNING,
                                first.block(),
                                excerpt(first),
                                "check.numbering.levelSkipped",
                                first.marker().marker(),
                                NumberingMarker.format(canonical(sequence.parentLevel), 1),
                                expected)
                        .suggest("check.numbering.useLevel", expected));
            }
        }
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            NumberingMarker m = item.marker();
            int v = m.value();
            if (i == 0) {
                if (v != 1) {
                    String expected = NumberingMarker.format(m.style(), 1);
                    findings.add(Finding.at(
                                    ID,
                                    Severity.WARNING,
                                    item.block(),
                                    excerpt(item),
                                    "check.numbering.start",
                                    m.marker(),
                                    expected)
                            .suggest("check.numbering.renumber", expected));
                }
                continue;
            }
            int previous = items.get(i - 1).marker().value();
            String key = v == previous
                    ? "check.numbering.repeated"
                    : v > previous + 1 ? "check.numbering.skipped" : v < previous ? "check.numbering.backward" : null;
            if (key != null) {
                String expected = NumberingMarker.format(m.style(), previous + 1);
                findings.add(Finding.at(
                                ID,
                                Severity.WARNING,
                                item.block(),
                                excerpt(item),
                                key,
                                m.marker(),
                                items.get(i - 1).marker().marker(),
                                expected)
                        .suggest("check.numbering.renumber", expected));
            }
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).marker().style().equals(dominant)) {
                continue;
            }
            int end = i;
            StringBuilder written = new StringBuilder();
            StringBuilder wanted = new StringBuilder();
            while (end < items.size() && !items.get(end).marker().style().equals(dominant)) {
                NumberingMarker m = items.get(end).marker();
                written.append(m.marker());
                wanted.append(NumberingMarker.format(dominant, end + 1)); // the numbers it should have: 1, 2, 3 …
                end++;
            }
            Item first = items.get(i);
            findings.add(Finding.at(
                            ID,
                            Severity.WARNING,
                            first.block(),
                            excerpt(first),
                            "check.numbering.mixed",
                            written.toString(),
                            NumberingMarker.format(dominant, 1))
                    .suggest("check.numbering.useStyle", wanted.toString()));
            i = end - 1;
        }
    }

    /**
     * The style a sequence should keep: of the styles it uses, the one most used among those its level stands for in
     * GB/T 9704-2012, else the one most used; on a tie the one used first.
     */
    private static String dominantStyle(Sequence sequence) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Item item : sequence.items) {
            counts.merge(item.marker().style(), 1, Integer::sum);
        }
        if (counts.size() == 1) {
            return counts.keySet().iterator().next();
        }
        String best = null;
        String bestCanonical = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
            if (NumberingMarker.level(e.getKey()) == sequence.level
                    && !e.getKey().equals(NumberingMarker.STYLE_CHINESE_DOT)
                    && (bestCanonical == null || e.getValue() > counts.get(bestCanonical))) {
                bestCanonical = e.getKey();
            }
        }
        return bestCanonical != null ? bestCanonical : best;
    }

    /** The marker style of a level in GB/T 9704-2012. */
    private static String canonical(int level) {
        return switch (level) {
            case 1 -> NumberingMarker.STYLE_CHINESE;
            case 2 -> NumberingMarker.STYLE_PAREN_CHINESE;
            case 3 -> NumberingMarker.STYLE_ARABIC_DOT;
            case 4 -> NumberingMarker.STYLE_PAREN_ARABIC;
            default -> NumberingMarker.STYLE_CIRCLED;
        };
    }

    // ---- the marker itself --------------------------------------------------------------------

    private static void malformed(Block block, NumberingMarker m, List<Finding> findings) {
        String text = block.text();
        String shown = text.substring(m.start(), Math.min(text.length(), m.end() + EXCERPT_LENGTH));
        if (m.missingBracket()) {
            String right = NumberingMarker.format(m.style(), m.value());
            findings.add(
                    Finding.at(ID, Severity.WARNING, block, shown, "check.numbering.missingBracket", m.marker(), right)
                            .suggest("check.numbering.useMarker", right));
        }
        if (!m.stray().isEmpty()) {
            findings.add(Finding.at(
                            ID,
                            Severity.WARNING,
                            block,
                            shown,
                            "check.numbering.strayMark",
                            m.marker() + m.stray(),
                            m.stray())
                    .suggest("check.numbering.removeMark", m.stray(), m.marker()));
        }
        if (m.blanks() && !m.style().equals(NumberingMarker.STYLE_SECTION)) {
            findings.add(Finding.at(ID, Severity.WARNING, block, shown, "check.numbering.space", m.marker())
                    .suggest("check.numbering.removeSpace", m.marker()));
        }
    }

    private static String excerpt(Item item) {
        String text = item.block().text();
        int from = item.marker().start();
        return text.substring(from, Math.min(text.length(), item.marker().end() + EXCERPT_LENGTH));
    }

    // ---- inline 一是…二是… -------------------------------------------------------------------------

    /**
     * Checks the inline enumeration of a paragraph (text from {@code from}); returns its last number, for a next
     * paragraph that continues it, or null when the paragraph has none.
     */
    private static Integer inline(Block block, int from, Integer continued, List<Finding> findings) {
        String text = block.text();
        Integer previous = null;
        String previousWritten = null;
        for (int at = text.indexOf('是', from + 1); at > 0; at = text.indexOf('是', at + 1)) {
            int start = at;
            while (start > from && at - start < 3 && CHINESE_DIGITS.indexOf(text.charAt(start - 1)) >= 0) {
                start--;
            }
            if (start == at || start > from && INLINE_BEFORE.indexOf(text.charAt(start - 1)) < 0) {
                continue;
            }
            int v = NumberingMarker.number(text.substring(start, at));
            String written = text.substring(start, at + 1);
            String key = null;
            Integer before = previous;
            String beforeWritten = previousWritten;
            if (previous == null && start == from && continued != null && v != 1) {
                before = continued; // a paragraph that starts with 二是 continues the one before
                beforeWritten = NumberingMarker.chinese(continued) + "是";
            }
            if (before == null) {
                if (v != 1) {
                    key = "check.numbering.inlineStart";
                }
            } else if (v == before) {
                key = "check.numbering.inlineRepeated";
            } else if (v > before + 1) {
                key = "check.numbering.inlineSkipped";
            } else if (v < before) {
                key = "check.numbering.inlineBackward";
            }
            if (key != null) {
                String expected = NumberingMarker.chinese(before == null ? 1 : before + 1) + "是";
                findings.add(Finding.at(
                                ID,
                                Severity.WARNING,
                                block,
                                text.substring(start, Math.min(text.length(), at + 1 + EXCERPT_LENGTH)),
                                key,
                                written,
                                beforeWritten == null ? "" : beforeWritten,
                                expected)
                        .suggest("check.numbering.renumber", expected));
            }
            previous = v;
            previousWritten = written;
        }
        return previous;
    }
}
