package cn.fazhi.flow.document;

import cn.fazhi.flow.report.Closing;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportPart;
import java.util.List;

/**
 * An uploaded document split into the pieces of a report, nothing stored yet. The addressee (主送) is carried here
 * only: a report keeps it as the first line of its opening, where {@link #toContent()} puts it back.
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

    /** The report text this document becomes: the addressee, when there is one, as the first line of the opening. */
    public ReportContent toContent() {
        String fullOpening = addressee.isEmpty() ? opening : opening.isEmpty() ? addressee : addressee + "\n" + opening;
        return new ReportContent(title, fullOpening, parts, closing);
    }
}
