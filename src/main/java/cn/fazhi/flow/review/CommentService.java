package cn.fazhi.flow.review;

import cn.fazhi.flow.audit.AuditAction;
import cn.fazhi.flow.audit.AuditService;
import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.org.AccessPolicy;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.Role;
import cn.fazhi.flow.org.UserAccount;
import cn.fazhi.flow.report.Paragraphs;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportDetails;
import cn.fazhi.flow.report.ReportPart;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ReportStatus;
import cn.fazhi.flow.report.VersionDiff;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on a report, anchored to a part's paragraph (keeping the quoted text) or to the whole report. Everyone who
 * may see the report sees and may write them; reviewers resolve and reopen them.
 */
@Service
@Transactional
public class CommentService {

    private static final int MAX_TEXT = 4000;
    private static final int MAX_QUOTE = 2000;

    private final ReviewCommentRepository comments;
    private final ReportService reports;
    private final OrgService org;
    private final AuditService audit;
    private final Clock clock;

    CommentService(
            ReviewCommentRepository comments, ReportService reports, OrgService org, AuditService audit, Clock clock) {
        this.comments = comments;
        this.reports = reports;
        this.org = org;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Every comment on the report, anchored to the given text of it (a version, or the working copy): beside the
     * paragraph that holds its quoted text, else beside the paragraph that its own paragraph became through the edits
     * made since the version it was written on.
     */
    @Transactional(readOnly = true)
    public List<CommentView> list(long reportId, ReportContent shownText) {
        reports.requireReadable(reportId);
        Map<Integer, VersionDiff.Result> sinceVersion = new HashMap<>();
        IntFunction<VersionDiff.Result> editsSince = version -> shownText == null || version < 1
                ? null
                : sinceVersion.computeIfAbsent(
                        version, v -> VersionDiff.compare(reports.version(reportId, v), shownText));
        return comments.findByReportIdOrderByCreatedAtAscIdAsc(reportId).stream()
                .map(c -> anchor(c, shownText, editsSince))
                .toList();
    }

    public CommentView add(long reportId, NewComment comment) {
        return add(reportId, comment, true);
    }

    /** The comment a reviewer gives with a decision: on the whole report; the decision itself is what the history shows. */
    void addDecisionComment(long reportId, String text) {
        add(reportId, new NewComment(null, null, null, text, null), false);
    }

    private CommentView add(long reportId, NewComment comment, boolean audited) {
        ReportDetails report = reports.get(reportId);
        String text = comment.text() == null ? "" : comment.text().strip();
        if (text.isEmpty()) {
            throw FlowException.invalid("error.commentEmpty");
        }
        if (text.length() > MAX_TEXT) {
            throw FlowException.invalid("error.commentTooLong", MAX_TEXT);
        }
        if ((comment.part() == null) != (comment.paragraph() == null)) {
            throw FlowException.invalid("error.commentAnchor");
        }
        if (comment.paragraph() != null && comment.paragraph() < 1) {
            throw FlowException.invalid("error.commentAnchor");
        }
        if (comment.replyTo() != null) {
            ReviewComment parent = comments.findById(comment.replyTo())
                    .filter(c -> c.getReportId() == reportId)
                    .orElseThrow(() -> FlowException.invalid("error.commentReplyUnknown"));
            if (parent.getReplyTo() != null) {
                comment =
                        new NewComment(comment.part(), comment.paragraph(), comment.quote(), text, parent.getReplyTo());
            }
        }
        String quote = comment.quote() == null ? "" : comment.quote().strip();
        if (quote.length() > MAX_QUOTE) {
            quote = quote.substring(0, MAX_QUOTE);
        }
        UserAccount me = org.currentUser();
        ReviewComment saved = comments.save(new ReviewComment(
                reportId,
                report.version(),
                comment.part(),
                comment.paragraph(),
                quote,
                text,
                me.username(),
                me.displayName(),
                roleFor(me, report),
                report.step() == null ? "" : report.step(),
                comment.replyTo(),
                clock.instant()));
        if (audited) {
            audit.record(reportId, me.username(), AuditAction.COMMENTED, report.step(), text);
        }
        return anchor(saved, report.content(), version -> null);
    }

    /** A reviewer marks a comment resolved, or reopens it. */
    public void resolve(long commentId, boolean resolved) {
        ReviewComment comment = comments.findById(commentId)
                .orElseThrow(() -> FlowException.notFound("error.commentNotFound", commentId));
        reports.requireReadable(comment.getReportId());
        UserAccount me = org.currentUser();
        AccessPolicy.requireReviewer(me, "error.onlyReviewersResolve");
        comment.resolve(resolved, me.username());
        audit.record(
                comment.getReportId(),
                me.username(),
                resolved ? AuditAction.COMMENT_RESOLVED : AuditAction.COMMENT_REOPENED,
                null,
                String.valueOf(commentId));
    }

    /**
     * Finds the paragraph that holds the comment's quoted text now or, when that text is gone, the paragraph its own
     * paragraph became ({@code editsSince} gives the comparison from a version to {@code shown}, or null): it stands
     * there marked as changed.
     */
    static CommentView anchor(ReviewComment c, ReportContent shown, IntFunction<VersionDiff.Result> editsSince) {
        if (c.getPart() == null || shown == null) {
            return c.view(null, false);
        }
        List<String> paragraphs = shown.part(c.getPart())
                .map(ReportPart::body)
                .map(Paragraphs::of)
                .orElse(List.of());
        String quote = c.getQuote();
        int original = c.getParagraph() - 1;
        if (original < paragraphs.size()
                && (quote.isEmpty() || paragraphs.get(original).contains(quote))) {
            return c.view(c.getParagraph(), false);
        }
        if (!quote.isEmpty()) {
            for (int i = 0; i < paragraphs.size(); i++) {
                if (paragraphs.get(i).contains(quote)) {
                    return c.view(i + 1, false);
                }
            }
        }
        VersionDiff.Result edits = editsSince.apply(c.getVersionNumber());
        return c.view(edits == null ? null : becameOf(c, edits), true);
    }

    /** The number the comment's paragraph has after the edits, if it is still in the comment's part; else null. */
    private static Integer becameOf(ReviewComment c, VersionDiff.Result edits) {
        return edits.parts().stream()
                .filter(p -> p.kind() == c.getPart())
                .flatMap(p -> p.paragraphs().stream())
                .filter(p -> c.getParagraph().equals(p.previousNumber()))
                .findFirst()
                .map(p -> {
                    if (p.movedAway()) {
                        return p.move().place().part() == c.getPart()
                                ? p.move().place().number()
                                : null;
                    }
                    return p.currentNumber();
                })
                .orElse(null);
    }

    /** The role a user speaks in on this report: the one its current step asks for, else their own township's. */
    private static Role roleFor(UserAccount me, ReportDetails report) {
        ReportStatus status = report.status();
        if (status == ReportStatus.LEGAL_REVIEW && me.has(Role.LEGAL_ADVISOR)) {
            return Role.LEGAL_ADVISOR;
        }
        if (status == ReportStatus.COUNTY_REVIEW && me.has(Role.COUNTY_REVIEWER)) {
            return Role.COUNTY_REVIEWER;
        }
        if (status == ReportStatus.TOWNSHIP_REVIEW && me.has(Role.TOWNSHIP_LEAD)) {
            return Role.TOWNSHIP_LEAD;
        }
        if (AccessPolicy.mayDraft(me, report.townshipId())) {
            return Role.DRAFTER;
        }
        return me.roles().stream().sorted().findFirst().orElse(Role.DRAFTER);
    }
}
