package cn.fazhi.flow.check;

import cn.fazhi.flow.check.CheckInput.Block;
import cn.fazhi.flow.check.CheckInput.Zone;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A known document cited with a wrong period (《法治政府建设实施纲要（2022—2025年）》) or a mangled one (（20212025年）).
 * The known documents and their periods are the data file {@code check/citations.txt}. The dash may be any dash
 * (— – - －) or 至; half-width brackets are left to the rule halfwidth-punctuation.
 */
@Component
class CitationRule implements CheckRule {

    static final String ID = "citation";

    static final String FILE = "citations.txt";

    /** The longest text read between the brackets after a title. */
    private static final int MAX_PERIOD_LENGTH = 20;

    /** A period: two four-digit years, a dash or 至 between them, 年 after either. */
    private static final Pattern PERIOD =
            Pattern.compile("([0-9]{4})年?[ \\t]*(?:[—–\\-－―~～]{1,2}|至)[ \\t]*([0-9]{4})年?(?:度)?");

    /** Two years run together: 20212025年. */
    private static final Pattern RUN_TOGETHER = Pattern.compile("([0-9]{4})([0-9]{4})年?");

    record Document(String title, List<int[]> periods, List<String> written) {}

    private final List<Document> documents;

    CitationRule() {
        this(CheckData.lines(FILE));
    }

    CitationRule(List<String> lines) {
        List<Document> docs = new ArrayList<>();
        for (String line : lines) {
            String[] fields = line.split("\\|");
            List<int[]> periods = new ArrayList<>();
            List<String> written = new ArrayList<>();
            for (int i = 1; i < fields.length; i++) {
                Matcher m = PERIOD.matcher(fields[i].strip());
                if (!m.matches()) {
                    throw new IllegalStateException("Bad period in " + FILE + ": " + line);
                }
                periods.add(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
                written.add(fields[i].strip());
            }
            docs.add(new Document(fields[0].strip(), List.copyOf(periods), List.copyOf(written)));
        }
        this.documents = List.copyOf(docs);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(CheckInput input) {
        List<Finding> findings = new ArrayList<>();
        List<int[]> cited = new ArrayList<>(); // per title followed by a bracket: its document's index, where it starts
        for (Block block : input.blocks()) {
            if (block.zone() == Zone.CLOSING_OFFICE || block.zone() == Zone.CLOSING_DATE) {
                continue;
            }
            // a period stands in brackets after the title: the few brackets are found first, the titles before them
            char[] t = input.chars(block);
            cited.clear();
            for (int open : input.nonHan(block)) {
                if (t[open] != '（' && t[open] != '(') {
                    continue;
                }
                int end = open; // the title ends here, or one further back before 》 or 〉 (see period)
                while (end > 0 && (t[end - 1] == ' ' || t[end - 1] == '\u3000')) {
                    end--;
                }
                titlesEndingAt(block.text(), end, cited);
                if (end > 0 && (t[end - 1] == '》' || t[end - 1] == '〉')) {
                    titlesEndingAt(block.text(), end - 1, cited);
                }
            }
            cited.sort(Comparator.<int[]>comparingInt(c -> c[0]).thenComparingInt(c -> c[1]));
            for (int[] c : cited) {
                Finding finding = period(block, documents.get(c[0]), c[1]);
                if (finding != null) {
                    findings.add(finding);
                }
            }
        }
        return findings;
    }

    /** Adds the known titles written just before {@code end}, as (document index, start). */
    private void titlesEndingAt(String text, int end, List<int[]> cited) {
        for (int d = 0; d < documents.size(); d++) {
            String title = documents.get(d).title();
            if (end >= title.length() && text.startsWith(title, end - title.length())) {
                cited.add(new int[] {d, end - title.length()});
            }
        }
    }

    /** The finding for the period after a title at {@code at}, or null when the period is right or absent. */
    private static Finding period(Block block, Document doc, int at) {
        String text = block.text();
        int i = at + doc.title().length();
        if (i < text.length() && (text.charAt(i) == '》' || text.charAt(i) == '〉')) {
            i++;
        }
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u3000')) {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != '（' && text.charAt(i) != '(') {
            return null;
        }
        int open = i;
        int close = -1;
        for (int j = open + 1; j < text.length() && j <= open + MAX_PERIOD_LENGTH; j++) {
            char c = text.charAt(j);
            if (c == '）' || c == ')' || c == '》') {
                close = j;
                break;
            }
        }
        String period =
                text.substring(open + 1, close < 0 ? Math.min(text.length(), open + 1 + MAX_PERIOD_LENGTH) : close);
        if (!containsDigit(period)) {
            return null; // （试行） and the like: no period
        }
        int end = close < 0 ? open + 1 + period.length() : close + 1;
        if (end < text.length() && text.charAt(end) == '》') {
            end++;
        }
        String excerpt = text.substring(Math.max(0, at - 1), Math.min(text.length(), end));
        String compact = period.replace(" ", "").replace("\u3000", "");
        Matcher m = PERIOD.matcher(compact);
        if (m.matches()) {
            int from = Integer.parseInt(m.group(1));
            int to = Integer.parseInt(m.group(2));
            for (int[] p : doc.periods()) {
                if (p[0] == from && p[1] == to) {
                    return null;
                }
            }
            String right = closest(doc, from, to);
            return Finding.at(
                            ID,
                            Severity.WARNING,
                            block,
                            excerpt,
                            "check.citation.wrongPeriod",
                            doc.title(),
                            period,
                            String.join("、", doc.written()))
                    .suggest("check.citation.use", period, right);
        }
        Matcher run = RUN_TOGETHER.matcher(compact);
        String right = run.matches()
                ? closest(doc, Integer.parseInt(run.group(1)), Integer.parseInt(run.group(2)))
                : doc.written().get(doc.written().size() - 1);
        return Finding.at(ID, Severity.WARNING, block, excerpt, "check.citation.mangled", doc.title(), period)
                .suggest("check.citation.use", period, right);
    }

    /** The allowed period nearest to the one written (by the sum of the years' distances). */
    private static String closest(Document doc, int from, int to) {
        int best = 0;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < doc.periods().size(); i++) {
            int[] p = doc.periods().get(i);
            int distance = Math.abs(p[0] - from) + Math.abs(p[1] - to);
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return doc.written().get(best);
    }

    private static boolean containsDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
