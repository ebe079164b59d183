package cn.fazhi.flow.report.ui;

import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.VersionDiff;
import cn.fazhi.flow.report.VersionDiff.Change;
import cn.fazhi.flow.report.VersionDiff.ParagraphChange;
import cn.fazhi.flow.report.VersionDiff.PartDiff;
import cn.fazhi.flow.report.VersionDiff.Segment;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What changed from one version of a report to another: a summary line, then each part with its changed paragraphs
 * (deleted characters struck through in red, inserted ones in green, moved paragraphs at both places) and the
 * unchanged ones collapsed, keeping one paragraph of context beside each change.
 */
public final class VersionDiffPanel extends Div {

    /** What stands beside a paragraph of the text shown: its comments, say; null or empty for nothing. */
    @FunctionalInterface
    public interface Beside {
        Component of(PartKind part, int paragraph);
    }

    private final Map<PartKind, Integer> previousPartNumbers;
    private final Map<PartKind, Integer> currentPartNumbers;
    private final Beside beside;

    /**
     * The changes from {@code previous} (version {@code previousNumber}) to {@code shown}, with what {@code beside}
     * gives beside each paragraph of a part that stands in {@code shown}.
     */
    public VersionDiffPanel(ReportContent previous, int previousNumber, ReportContent shown, Beside beside) {
        this.beside = beside;
        addClassName("version-diff");
        previousPartNumbers = partNumbers(previous);
        currentPartNumbers = partNumbers(shown);
        VersionDiff.Result diff = VersionDiff.compare(previous, shown);
        add(summary(diff, previousNumber));
        if (diff.title().change() != Change.UNCHANGED) {
            add(labelled("diff.title", segments(diff.title().segments())));
        }
        if (diff.opening().stream().anyMatch(p -> p.change() != Change.UNCHANGED)) {
            add(new H4(getTranslation("diff.opening")));
            diff.opening().forEach(p -> add(diffRow(null, null, p)));
        }
        for (PartDiff part : diff.parts()) {
            add(diffPart(part, currentPartNumbers.get(part.kind())));
        }
        if (diff.closing().change() != Change.UNCHANGED) {
            add(labelled("diff.closing", segments(diff.closing().segments())));
        }
    }

    private Paragraph summary(VersionDiff.Result diff, int previousNumber) {
        List<ParagraphChange> all = new ArrayList<>(diff.opening());
        diff.parts().forEach(p -> all.addAll(p.paragraphs()));
        Map<Change, Long> counts = new EnumMap<>(Change.class);
        all.stream().filter(p -> p.move() == null).forEach(p -> counts.merge(p.change(), 1L, Long::sum));
        long moves = diff.moves();
        Paragraph summary = new Paragraph(
                diff.changed()
                        ? getTranslation(
                                moves > 0 ? "diff.summaryWithMoves" : "diff.summary",
                                previousNumber,
                                counts.getOrDefault(Change.CHANGED, 0L),
                                counts.getOrDefault(Change.ADDED, 0L),
                                counts.getOrDefault(Change.REMOVED, 0L),
                                moves)
                        : getTranslation("diff.noChanges", previousNumber));
        summary.setId("diff-summary");
        summary.addClassName("diff-summary");
        return summary;
    }

    private static Map<PartKind, Integer> partNumbers(ReportContent text) {
        Map<PartKind, Integer> numbers = new EnumMap<>(PartKind.class);
        for (int i = 0; i < text.parts().size(); i++) {
            numbers.put(text.parts().get(i).kind(), i + 1);
        }
        return numbers;
    }

    /** Where a moved paragraph stands (now) or stood (before): "2.3", or the opening's paragraph. */
    private String place(VersionDiff.Place place, boolean before) {
        if (place.part() == null) {
            return getTranslation("diff.placeOpening", place.number());
        }
        Integer partNo = (before ? previousPartNumbers : currentPartNumbers).get(place.part());
        return partNo == null ? String.valueOf(place.number()) : partNo + "." + place.number();
    }

    private Component diffPart(PartDiff part, Integer partNo) {
        Div box = new Div();
        box.addClassName("diff-part");
        box.addClassName("diff-part-" + part.change().name().toLowerCase());
        String heading = part.heading() != null ? part.heading() : part.previousHeading();
        H4 h = new H4(heading.isBlank() ? getTranslation("part." + part.kind().name()) : heading);
        h.addClassName("part-heading");
        HorizontalLayout top = new HorizontalLayout(h);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (part.change() == Change.ADDED) {
            top.add(changeBadge("diff.partAdded", Change.ADDED));
        } else if (part.change() == Change.REMOVED) {
            top.add(changeBadge("diff.partRemoved", Change.REMOVED));
        }
        box.add(top);
        if (part.headingChanged()) {
            Div was = new Div(getTranslation("diff.headingWas", part.previousHeading()));
            was.addClassName("diff-heading-was");
            box.add(was);
        }
        if (!part.changed()) {
            Div unchanged = new Div();
            part.paragraphs().forEach(p -> unchanged.add(diffRow(part.kind(), partNo, p)));
            Details collapsed = new Details(
                    getTranslation("diff.unchangedPart", part.paragraphs().size()), unchanged);
            collapsed.addClassName("diff-unchanged-part");
            collapsed.setOpened(false);
            box.add(collapsed);
        } else {
            addWithUnchangedRunsCollapsed(box, part.kind(), part.paragraphs(), partNo);
        }
        return box;
    }

    /**
     * Adds the paragraphs of a changed part; a run of unchanged paragraphs keeps one paragraph of context beside each
     * change and collapses the rest when that hides at least two.
     */
    private void addWithUnchangedRunsCollapsed(
            Div box, PartKind kind, List<ParagraphChange> paragraphs, Integer partNo) {
        int i = 0;
        while (i < paragraphs.size()) {
            if (paragraphs.get(i).change() != Change.UNCHANGED) {
                box.add(diffRow(kind, partNo, paragraphs.get(i++)));
                continue;
            }
            int end = i;
            while (end < paragraphs.size() && paragraphs.get(end).change() == Change.UNCHANGED) {
                end++;
            }
            int from = i > 0 ? i + 1 : i;
            int to = end < paragraphs.size() ? end - 1 : end;
            if (to - from < 2) {
                from = end;
                to = end;
            }
            for (int k = i; k < from; k++) {
                box.add(diffRow(kind, partNo, paragraphs.get(k)));
            }
            if (to > from) {
                Div hidden = new Div();
                paragraphs.subList(from, to).forEach(p -> hidden.add(diffRow(kind, partNo, p)));
                Details run = new Details(getTranslation("diff.unchangedRun", to - from), hidden);
                run.addClassName("diff-unchanged-run");
                box.add(run);
            }
            for (int k = Math.max(to, from); k < end; k++) {
                box.add(diffRow(kind, partNo, paragraphs.get(k)));
            }
            i = end;
        }
    }

    /**
     * A paragraph's row: its number, what happened to it, its text with the edits marked and, for a paragraph of part
     * {@code kind} (null for the opening) that stands in the text shown, what stands beside it.
     */
    private Component diffRow(PartKind kind, Integer partNo, ParagraphChange p) {
        Div row = new Div();
        row.addClassName("diff-paragraph");
        row.addClassName("diff-" + p.change().name().toLowerCase());
        String number;
        if (p.currentNumber() != null) {
            number = partNo == null ? String.valueOf(p.currentNumber()) : partNo + "." + p.currentNumber();
        } else {
            number = getTranslation("diff.previousNumber", p.previousNumber());
        }
        Span no = badge(number);
        no.addClassName("paragraph-no");
        if (p.move() != null) {
            movedRow(row, no, p);
        } else {
            Component label =
                    switch (p.change()) {
                        case ADDED -> changeBadge("diff.added", Change.ADDED);
                        case REMOVED -> changeBadge("diff.removed", Change.REMOVED);
                        case CHANGED -> changeBadge("diff.changed", Change.CHANGED);
                        case UNCHANGED -> new Span();
                    };
            Div text = segments(p.segments());
            text.addClassName("diff-text");
            row.add(no, label, text);
        }
        Component besideIt = kind == null || p.currentNumber() == null ? null : beside.of(kind, p.currentNumber());
        if (besideIt != null && besideIt.getChildren().findAny().isPresent()) {
            Div aside = new Div(besideIt);
            aside.addClassName("diff-beside");
            row.addClassName("diff-with-beside");
            row.add(aside);
        }
        return row;
    }

    /**
     * A moved paragraph: at its old place where it went (its text faded), at its new place where it came from, with
     * the edits made on the way marked. The theme styles {@code diff-moved}.
     */
    private void movedRow(Div row, Span no, ParagraphChange p) {
        row.addClassName("diff-moved");
        boolean away = p.movedAway();
        row.addClassName(away ? "diff-moved-away" : "diff-moved-here");
        Span label = badge(
                away
                        ? getTranslation("diff.movedTo", place(p.move().place(), false))
                        : getTranslation("diff.movedFrom", place(p.move().place(), true)));
        label.addClassName("diff-badge");
        label.addClassName("diff-move-badge");
        Div text = away
                ? segments(List.of(new Segment(VersionDiff.SegmentKind.SAME, p.text())))
                : segments(p.move().edits());
        text.addClassName("diff-text");
        row.add(no, label, text);
    }

    /** A paragraph's text with its deleted characters struck through in red and inserted ones in green. */
    private static Div segments(List<Segment> segments) {
        Div text = new Div();
        for (Segment s : segments) {
            Span span = new Span(s.text());
            span.addClassName(
                    switch (s.kind()) {
                        case INSERTED -> "diff-inserted";
                        case DELETED -> "diff-deleted";
                        case SAME -> "diff-same";
                    });
            text.add(span);
        }
        return text;
    }

    private Component labelled(String key, Component content) {
        Div box = new Div(new H4(getTranslation(key)), content);
        box.addClassName("diff-labelled");
        return box;
    }

    private Span changeBadge(String key, Change change) {
        Span badge = badge(getTranslation(key));
        badge.addClassName("diff-badge");
        badge.addClassName("diff-badge-" + change.name().toLowerCase());
        return badge;
    }

    /** A number or a label in a small grey box, the way the review page numbers its paragraphs. */
    public static Span badge(String text) {
        Span badge = new Span(text);
        badge.addClassName("text-badge");
        return badge;
    }
}
