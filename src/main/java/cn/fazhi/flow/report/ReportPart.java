package cn.fazhi.flow.report;

/** One of the five parts of a report: its kind, its heading as the township wrote it, and its body. */
public record ReportPart(PartKind kind, String heading, String body) {

    public ReportPart {
        heading = heading == null ? "" : heading;
        body = body == null ? "" : body;
    }

    public boolean isBlank() {
        return body.isBlank();
    }
}
