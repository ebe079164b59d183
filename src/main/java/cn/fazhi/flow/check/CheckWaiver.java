package cn.fazhi.flow.check;

import cn.fazhi.flow.report.PartKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A finding the drafter marked as not applicable, with the reason. Matched by rule, part and excerpt. */
@Entity
@Table(name = "check_waiver")
class CheckWaiver {

    /** The longest excerpt kept; a longer one is kept (and matched) by its beginning. */
    static final int EXCERPT_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(nullable = false)
    private String rule;

    @Enumerated(EnumType.STRING)
    @Column(name = "part_kind")
    private PartKind part;

    private Integer paragraph;

    @Column(nullable = false)
    private String excerpt;

    @Column(nullable = false)
    private String reason;

    @Column(name = "waived_by", nullable = false)
    private String waivedBy;

    @Column(name = "waived_at", nullable = false)
    private Instant waivedAt;

    protected CheckWaiver() {}

    CheckWaiver(
            long reportId,
            String rule,
            PartKind part,
            Integer paragraph,
            String excerpt,
            String reason,
            String waivedBy,
            Instant waivedAt) {
        this.reportId = reportId;
        this.rule = rule;
        this.part = part;
        this.paragraph = paragraph;
        this.excerpt = clip(excerpt);
        this.reason = reason;
        this.waivedBy = waivedBy;
        this.waivedAt = waivedAt;
    }

    /** An excerpt as it is stored and compared. */
    static String clip(String excerpt) {
        String e = excerpt == null ? "" : excerpt;
        return e.length() > EXCERPT_LENGTH ? e.substring(0, EXCERPT_LENGTH) : e;
    }

    boolean matches(Finding f) {
        return rule.equals(f.rule()) && part == f.part() && excerpt.equals(clip(f.excerpt()));
    }

    boolean sameAs(String otherRule, PartKind otherPart, String otherExcerpt) {
        return rule.equals(otherRule) && part == otherPart && excerpt.equals(clip(otherExcerpt));
    }

    Long getId() {
        return id;
    }

    Long getReportId() {
        return reportId;
    }

    void renew(Integer newParagraph, String newReason, String by, Instant at) {
        this.paragraph = newParagraph;
        this.reason = newReason;
        this.waivedBy = by;
        this.waivedAt = at;
    }

    Waiver view() {
        return new Waiver(id, reportId, rule, part, paragraph, excerpt, reason, waivedBy, waivedAt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CheckWaiver w && id != null && Objects.equals(id, w.id);
    }

    @Override
    public int hashCode() {
        return CheckWaiver.class.hashCode();
    }
}
