package cn.fazhi.flow.publish;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.report.Closing;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportPart;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Redactions for the public version: exact passages of the text, each replaced wherever it occurs (title, opening,
 * headings, bodies, closing) by {@value PublishService#REDACTION_MARK}, whatever its length, so that the length of a redacted name or number
 * is not told either. Longer passages are replaced first, so a passage inside another one does not break it.
 */
final class Redactions {

    static final String MARK = PublishService.REDACTION_MARK;
    static final int MAX_COUNT = 100;
    static final int MAX_LENGTH = 1000;

    private Redactions() {}

    /**
     * The passages as given, stripped, blanks and repeats dropped; 400 when there are too many, one is too long, or one
     * is not in the text.
     */
    static List<String> clean(List<String> passages, ReportContent text) {
        LinkedHashSet<String> result = new LinkedHashSet<>();
        for (String passage : passages == null ? List.<String>of() : passages) {
            String p = passage == null ? "" : passage.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (p.length() > MAX_LENGTH) {
                throw FlowException.invalid("publish.error.redactionTooLong", MAX_LENGTH);
            }
            if (!contains(text, p)) {
                throw FlowException.invalid("publish.error.redactionNotFound", abbreviate(p));
            }
            result.add(p);
        }
        if (result.size() > MAX_COUNT) {
            throw FlowException.invalid("publish.error.tooManyRedactions", MAX_COUNT);
        }
        return List.copyOf(result);
    }

    /** The text with every passage replaced. */
    static ReportContent apply(ReportContent text, List<String> passages) {
        List<String> longestFirst = new ArrayList<>(passages);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        UnaryOperator<String> redact = s -> {
            String out = s;
            for (String p : longestFirst) {
                out = out.replace(p, MARK);
            }
            return out;
        };
        return map(text, redact);
    }

    private static boolean contains(ReportContent text, String passage) {
        boolean[] found = {false};
        map(text, s -> {
            found[0] |= s.contains(passage);
            return s;
        });
        return found[0];
    }

    private static ReportContent map(ReportContent text, UnaryOperator<String> f) {
        List<ReportPart> parts = text.parts().stream()
                .map(p -> new ReportPart(p.kind(), f.apply(p.heading()), f.apply(p.body())))
                .toList();
        return new ReportContent(
                f.apply(text.title()),
                f.apply(text.opening()),
                parts,
                new Closing(
                        f.apply(text.closing().office()), f.apply(text.closing().date())));
    }

    private static String abbreviate(String s) {
        return s.codePointCount(0, s.length()) <= 20 ? s : s.substring(0, s.offsetByCodePoints(0, 20)) + "…";
    }
}
