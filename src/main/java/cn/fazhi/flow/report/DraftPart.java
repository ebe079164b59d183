package cn.fazhi.flow.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
class DraftPart {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartKind kind;

    @Column(nullable = false)
    private String heading;

    @Column(length = 1_000_000)
    private String body;

    protected DraftPart() {}

    DraftPart(ReportPart part) {
        this.kind = part.kind();
        this.heading = part.heading();
        this.body = part.body();
    }

    ReportPart toPart() {
        return new ReportPart(kind, heading, body);
    }
}
