package cn.fazhi.flow.review;

import cn.fazhi.flow.audit.AuditAction;
import cn.fazhi.flow.audit.AuditService;
import cn.fazhi.flow.check.CheckService;
import cn.fazhi.flow.check.DescribedFinding;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ReportStatus;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Submissions, withdrawals, tasks, decisions, comments and history over JSON: the same services as the UI. */
@RestController
class ReviewController {

    private final ReviewService review;
    private final CommentService comments;
    private final ReportService reports;
    private final CheckService checks;
    private final AuditService audit;

    ReviewController(
            ReviewService review,
            CommentService comments,
            ReportService reports,
            CheckService checks,
            AuditService audit) {
        this.review = review;
        this.comments = comments;
        this.reports = reports;
        this.checks = checks;
        this.audit = audit;
    }

    record SubmittedBody(ReportStatus status, int version) {}

    record BlockedBody(List<DescribedFinding> findings) {}

    record StatusBody(ReportStatus status) {}

    record DecisionBody(Decision outcome, String comment, Boolean legalReReview) {}

    record HistoryBody(Instant at, String actor, AuditAction action, String step, String detail) {}

    @PostMapping("/api/reports/{id}/submit")
    ResponseEntity<?> submit(@PathVariable long id, Locale locale) {
        SubmitResult result = review.submit(id);
        if (result.accepted()) {
            return ResponseEntity.ok(new SubmittedBody(result.status(), result.version()));
        }
        List<DescribedFinding> findings =
                result.findings().stream().map(f -> checks.described(f, locale)).toList();
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new BlockedBody(findings));
    }

    @PostMapping("/api/reports/{id}/withdraw")
    StatusBody withdraw(@PathVariable long id) {
        review.withdraw(id);
        return new StatusBody(reports.get(id).status());
    }

    @GetMapping("/api/reports/{id}/comments")
    List<CommentView> comments(@PathVariable long id) {
        return comments.list(id, reports.get(id).content());
    }

    @PostMapping("/api/reports/{id}/comments")
    ResponseEntity<CommentView> comment(@PathVariable long id, @RequestBody NewComment comment) {
        return ResponseEntity.status(HttpStatus.CREATED).body(comments.add(id, comment));
    }

    @PostMapping("/api/comments/{id}/resolve")
    void resolve(@PathVariable long id) {
        comments.resolve(id, true);
    }

    @PostMapping("/api/comments/{id}/reopen")
    void reopen(@PathVariable long id) {
        comments.resolve(id, false);
    }

    @GetMapping("/api/reports/{id}/history")
    List<HistoryBody> history(@PathVariable long id) {
        return audit.history(id).stream()
                .map(h -> new HistoryBody(h.at(), h.actor(), h.action(), h.step(), h.detail()))
                .toList();
    }

    @GetMapping("/api/tasks")
    List<TaskItem> tasks() {
        return review.myTasks();
    }

    @PostMapping("/api/tasks/{id}/claim")
    void claim(@PathVariable String id) {
        review.claim(id);
    }

    @PostMapping("/api/tasks/{id}/decision")
    void decide(@PathVariable String id, @RequestBody DecisionBody body) {
        review.decide(id, body.outcome(), body.comment(), Boolean.TRUE.equals(body.legalReReview()));
    }
}
