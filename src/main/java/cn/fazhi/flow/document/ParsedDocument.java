package cn.fazhi.flow.document;

import cn.fazhi.flow.report.Closing;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportPart;
import java.util.List;

/**
 * An uploaded document split into the pieces of a report, nothing stored yet. The addressee (主送) is the line of the
 * opening that names it, found for the drafter's information: the opening keeps it where it stood (a report has no
 * field of its own for it), so it is not to be added to the opening again.
 *
 * @param unplaced text that fits no part, kept where it stood (in the opening or in the part it follows), to show the
 *     drafter
 * @param notices what the import left out or could not place, as translation keys with a count
 */
public record ParsedDocument(
        String title,
        String addressee,
        String opening,
        List<ReportPart> parts,
        Closing closing,
        List<Unplaced> unplaced,
        List<Notice> notices) {

    /**
     * A passage that fits no part. {@code part} is the part whose body now holds it, null for the opening; {@code text}
     * is the passage as it stands there (its lines joined by line breaks).
     */
    public record Unplaced(PartKind part, String text) {}

    /** Something the drafter should know about the import, e.g. {@code document.notice.imagesSkipped} with a count. */
    public record Notice(String key, int count) {}

    public ParsedDocument {
        title = title == null ? "" : title;
        addressee = addressee == null ? "" : addressee;
        opening = opening == null ? "" : opening;
        parts = parts == null ? List.of() : List.copyOf(parts);
        closing = closing == null ? Closing.EMPTY : closing;
        unplaced = unplaced == null ? List.of() : List.copyOf(unplaced);
        notices = notices == null ? List.of() : List.copyOf(notices);
    }

    /** The report text this document becomes (the addressee stays in the opening, where it stood). */
    public ReportContent toContent() {
        return new ReportContent(title, opening, parts, closing);
    }
}
