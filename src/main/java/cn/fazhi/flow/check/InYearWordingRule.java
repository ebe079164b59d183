package cn.fazhi.flow.check;

import cn.fazhi.flow.report.PartKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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

    /** The first characters of the wordings. */
    private final CharSet firstChars = new CharSet();

    /** The first and second characters of the wordings: the test at every other character. */
    private final CharSet firstTwoChars = new CharSet();

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
            if (fields[0].length() < 2) {
                throw new IllegalStateException(
                        "check/in-year-wording.txt: a wording has two characters or more: " + line);
            }
            // an EnumSet, unlike Set.copyOf, answers contains(null) (the title and the opening have no part): false
            list.add(new Wording(fields[0], Collections.unmodifiableSet(exempt), notAfter, notBefore));
            firstChars.add(fields[0].charAt(0));
            firstTwoChars.add(fields[0].charAt(0)).add(fields[0].charAt(1));
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
            char[] t = input.chars(block);
            int next = 0; // where the text after a wording found starts
            // a wording has two characters or more, so the even one of its first two places holds its first or its
            // second character: only every other character is tested, and when it is one of those, it and the one
            // before are read closer
            CharSet starts = firstTwoChars; // a local, so the loop does not read the field again after each call
            for (int q = 0; q < t.length; q += 2) {
                if (starts.contains(t[q])) {
                    next = q > 0 ? wording(block, year, q - 1, next, findings) : next;
                    next = wording(block, year, q, next, findings);
                }
            }
        }
        return findings;
    }

    /**
     * Adds the finding for a wording at {@code i}, unless the text up to {@code next} was already read as one; returns
     * where the text after the wording (or after {@code next}) starts.
     */
    private int wording(CheckInput.Block block, String year, int i, int next, List<Finding> findings) {
        String text = block.text();
        if (i < next || !firstChars.contains(text.charAt(i))) {
            return next;
        }
        Wording w = match(text, i);
        if (w == null) {
            return next;
        }
        if (!w.exempt().contains(block.part())
                && (i == 0 || w.notAfter().indexOf(text.charAt(i - 1)) < 0)
                && (i + w.word().length() >= text.length()
                        || w.notBefore().indexOf(text.charAt(i + w.word().length())) < 0)) {
            String excerpt = text.substring(
                    Math.max(0, i - CONTEXT),
                    Math.min(text.length(), i + w.word().length() + CONTEXT));
            findings.add(Finding.at(ID, Severity.INFO, block, excerpt, "check.in-year-wording.found", w.word(), year)
                    .suggest("check.in-year-wording.fix", year));
        }
        return i + w.word().length();
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
