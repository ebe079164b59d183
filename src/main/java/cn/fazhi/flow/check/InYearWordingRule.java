package cn.fazhi.flow.check;

import cn.fazhi.flow.report.PartKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Wordings that date the text within the year (今年以来, 截至目前, 目前, 近期 …) in a report about a whole past year:
 * the data file {@code check/in-year-wording.txt}. Only when the report year is known; never in the next year's plans.
 */
@Component
class InYearWordingRule implements CheckRule {

    static final String ID = "in-year-wording";

    private static final int CONTEXT = 6;

    record Wording(String word, Set<PartKind> exempt, String notAfter, String notBefore) {}

    /** The wordings, longest first. */
    private final List<Wording> wordings;

    /** The first characters of the wordings, as a bit set (bit c of the table): a cheap test per character. */
    private final long[] firstChars = new long[(Character.MAX_VALUE + 1) >>> 6];

    /** The characters wordings start with, sorted; {@link #byFirstChar} holds the wordings of each. */
    private final char[] firsts;

    /** The wordings per first character (in the order of {@link #firsts}), longest first. */
    private final Wording[][] byFirstChar;

    InYearWordingRule() {
        List<Wording> list = new ArrayList<>();
        for (String line : CheckData.lines("in-year-wording.txt")) {
            String[] fields = line.split("\\s+");
            Set<PartKind> exempt = EnumSet.noneOf(PartKind.class);
            String notAfter = "";
            String notBefore = "";
            for (int f = 1; f < fields.length; f++) {
                String field = fields[f];
                switch (field.charAt(0)) {
                    case '-' -> {
                        for (String kind : field.substring(1).split(",")) {
                            exempt.add(PartKind.valueOf(kind));
                        }
                    }
                    case '<' -> notAfter = field.substring(1);
                    case '>' -> notBefore = field.substring(1);
                    default -> throw new IllegalStateException("check/in-year-wording.txt: bad field in: " + line);
                }
            }
            list.add(new Wording(fields[0], Set.copyOf(exempt), notAfter, notBefore));
            firstChars[fields[0].charAt(0) >>> 6] |= 1L << fields[0].charAt(0);
        }
        list.sort(Comparator.comparingInt((Wording w) -> w.word().length()).reversed());
        this.wordings = List.copyOf(list);
        StringBuilder starts = new StringBuilder();
        wordings.stream().map(w -> w.word().charAt(0)).distinct().sorted().forEach(starts::append);
        this.firsts = starts.toString().toCharArray();
        this.byFirstChar = new Wording[firsts.length][];
        for (int k = 0; k < firsts.length; k++) {
            char first = firsts[k];
            byFirstChar[k] =
                    wordings.stream().filter(w -> w.word().charAt(0) == first).toArray(Wording[]::new);
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(CheckInput input) {
        if (input.year().isEmpty()) {
            return List.of();
        }
        String year = String.valueOf(input.year().get());
        List<Finding> findings = new ArrayList<>();
        for (CheckInput.Block block : input.blocks()) {
            if (block.part() == PartKind.NEXT_YEAR
                    || block.zone() == CheckInput.Zone.CLOSING_DATE
                    || block.zone() == CheckInput.Zone.CLOSING_OFFICE) {
                continue;
            }
            String text = block.text();
            char[] t = input.chars(block);
            int next = 0; // where the text after a wording found starts (i is not moved: the loop stays a counted one)
            for (int i = 0; i < t.length; i++) {
                char c = t[i];
                if ((firstChars[c >>> 6] & 1L << c) == 0 || i < next) {
                    continue;
                }
                Wording w = match(text, i);
                if (w == null) {
                    continue;
                }
                if (!w.exempt().contains(block.part())
                        && (i == 0 || w.notAfter().indexOf(text.charAt(i - 1)) < 0)
                        && (i + w.word().length() >= text.length()
                                || w.notBefore()
                                                .indexOf(
                                                        text.charAt(i + w.word().length()))
                                        < 0)) {
                    String excerpt = text.substring(
                            Math.max(0, i - CONTEXT),
                            Math.min(text.length(), i + w.word().length() + CONTEXT));
                    findings.add(
                            Finding.at(ID, Severity.INFO, block, excerpt, "check.in-year-wording.found", w.word(), year)
                                    .suggest("check.in-year-wording.fix", year));
                }
                next = i + w.word().length();
            }
        }
        return findings;
    }

    /** The longest wording starting at i, or null. */
    private Wording match(String text, int i) {
        for (Wording w : byFirstChar[Arrays.binarySearch(firsts, text.charAt(i))]) {
            if (text.startsWith(w.word(), i)) {
                return w;
            }
        }
        return null;
    }
}
