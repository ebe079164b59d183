package cn.fazhi.flow.report;

import java.util.List;
import java.util.Optional;

/** The text of a report: title, opening (导语), its parts in the order written, and the closing. */
public record ReportContent(String title, String opening, List<ReportPart> parts, Closing closing) {

    public ReportContent {
        title = title == null ? "" : title;
        opening = opening == null ? "" : opening;
        parts = parts == null ? List.of() : List.copyOf(parts);
        closing = closing == null ? Closing.EMPTY : closing;
    }

    public Optional<ReportPart> part(PartKind kind) {
        return parts.stream().filter(p -> p.kind() == kind).findFirst();
    }
}
