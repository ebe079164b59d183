package cn.fazhi.flow.review;

import cn.fazhi.flow.org.Role;
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

@Entity
@Table(name = "review_comment")
class ReviewComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "part_kind")
    private PartKind part;

    private Integer paragraph;

    @Column(nullable = false)
    private String quote;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private String author;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_role", nullable = false)
    private Role authorRole;

    @Column(nullable = false)
    private String step;

    @Column(name = "reply_to")
    private Long replyTo;

    @Column(nullable = false)
    private boolean resolved;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ReviewComment() {}

    ReviewComment(
            long reportId,
            int versionNumber,
            PartKind part,
            Integer paragraph,
            String quote,
            String body,
            String author,
            String authorName,
            Role authorRole,
            String step,
            Long replyTo,
            Instant createdAt) {
        this.reportId = reportId;
        this.versionNumber = versionNumber;
        this.part = part;
        this.paragraph = paragraph;
        this.quote = quote;
        this.body = body;
        this.author = author;
        this.authorName = authorName;
        this.authorRole = authorRole;
        this.step = step;
        this.replyTo = replyTo;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    Long getReportId() {
        return reportId;
    }

    PartKind getPart() {
        return part;
    }

    Integer getParagraph() {
        return paragraph;
    }

    int getVersionNumber() {
        return versionNumber;
    }

    String getQuote() {
        return quote;
    }

    Long getReplyTo() {
        return replyTo;
    }

    void resolve(boolean resolved, String by) {
        this.resolved = resolved;
        this.resolvedBy = resolved ? by : null;
    }

    CommentView view(Integer anchoredParagraph, boolean textChanged) {
        return new CommentView(
                id,
                versionNumber,
                part,
                paragraph,
                anchoredParagraph,
                textChanged,
                quote,
                body,
                author,
                authorName,
                authorRole,
                step,
                replyTo,
                resolved,
                resolvedBy,
                createdAt);
    }
}
