package cn.fazhi.flow.document;

import cn.fazhi.flow.report.Closing;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportPart;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An uploaded document split into the pieces of a report, nothing stored yet. The addressee (主送) is the line of the
 * opening that names it, found for the drafter's information: the opening keeps it where it stood (a report has no
 * field of its own for it), so it is not to be added to the opening again.
 *
 * @param unplaced text that fits no part, kept where it stood (in the opening or in the part it follows), to show the
 *     drafter
 * @param residue the lines of a web page's residue (发布时间, 阅读次数 …), left where they stood for the preview to mark,
 *     and out of the draft ({@link #toDraft()})
 * @param notices what the import left out or could not place, as translation keys with a count
 */
public record ParsedDocument(
        String title,
        String addressee,
        String opening,
        List<ReportPart> parts,
        Closing closing,
        List<Unplaced> unplaced,
        List<Residue> residue,
        List<Notice> notices) {

    /**
     * A passage that fits no part. {@code part} is the part whose body now holds it, null for the opening; {@code text}
     * is the passage as it stands there (its lines joined by line breaks).
     */
    public record Unplaced(PartKind part, String text) {}

    /**
     * A line of web-page residue. {@code part} is the part whose body holds it, null for the opening; {@code line} is
     * the line, stripped.
     */
    public record Residue(PartKind part, String line) {}

    /** Something the drafter should know about the import, e.g. {@code document.notice.imagesSkipped} with a count. */
    public record Notice(String key, int count) {}

    public ParsedDocument {
        title = title == null ? "" : title;
        addressee = addressee == null ? "" : addressee;
        opening = opening == null ? "" : opening;
        parts = parts == null ? List.of() : List.copyOf(parts);
        closing = closing == null ? Closing.EMPTY : closing;
        unplaced = unplaced == null ? List.of() : List.copyOf(unplaced);
        residue = residue == null ? List.of() : List.copyOf(residue);
        notices = notices == null ? List.of() : List.copyOf(notices);
    }

    /** The text as uploaded, the web-page residue included (the pre-check of an upload reports it). */
    public ReportContent toContent() {
        return new ReportContent(title, opening, parts, closing);
    }

    /** The draft this document becomes: its text without the web-page residue (the addressee stays in the opening). */
    public ReportContent toDraft() {
        if (residue.isEmpty()) {
            return toContent();
        }
        List<ReportPart> kept = parts.stream()
                .map(p -> new ReportPart(p.kind(), p.heading(), withoutResidue(p.body(), p.kind())))
                .toList();
        return new ReportContent(title, withoutResidue(opening, null), kept, closing);
    }

    private String withoutResidue(String text, PartKind part) {
        Set<String> lines = residue.stream()
                .filter(r -> r.part() == part)
                .map(Residue::line)
                .collect(Collectors.toSet());
        if (lines.isEmpty()) {
            return text;
        }
        return DocumentSplitter.strip(
                text.lines().filter(line -> !lines.contains(line.strip())).collect(Collectors.joining("\n")));
    }
}
