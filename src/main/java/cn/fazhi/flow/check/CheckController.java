package cn.fazhi.flow.check;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.document.DocumentService;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportPart;
import cn.fazhi.flow.report.ReportTextParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The pre-check over JSON: a plain text checked without storing anything, a report's findings with their waivers,
 * waiving and unwaiving, and the county's rule settings. Messages come in the caller's language (Accept-Language).
 */
@RestController
class CheckController {

    /** The longest text the stateless check accepts, in characters. */
    static final int MAX_TEXT = 200_000;

    private final CheckService checks;
    private final OrgService org;
    private final ReportTextParser parser = new ReportTextParser();
    private final DocumentService documents;

    CheckController(CheckService checks, OrgService org, DocumentService documents) {
        this.checks = checks;
        this.org = org;
        this.documents = documents;
    }

    record PartBody(PartKind kind, String heading, Integer line) {}

    record TextCheckBody(Integer year, List<PartBody> parts, List<DescribedFinding> findings) {}

    record WaiverBody(long id, String reason, String waivedBy, Instant waivedAt) {}

    record ReportFindingBody(
            String rule,
            Severity severity,
            PartKind part,
            Integer paragraph,
            Integer line,
            String excerpt,
            String message,
            String suggestion,
            boolean waived,
            WaiverBody waiver) {}

    record ReportCheckBody(List<ReportFindingBody> findings) {}

    record NewWaiver(String rule, PartKind part, String excerpt, String reason) {}

    record SettingChange(String rule, Boolean enabled, Severity severity) {}

    /** Checks a plain text (UTF-8 unless the Content-Type names another charset); stores nothing. */
    @PostMapping(
            path = "/api/check",
            consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.ALL_VALUE})
    TextCheckBody check(@RequestParam(required = false) Integer year, HttpEntity<byte[]> request, Locale locale) {
        org.currentUser();
        byte[] bytes = request.getBody();
        MediaType type = request.getHeaders().getContentType();
        Charset charset = type != null && type.getCharset() != null ? type.getCharset() : StandardCharsets.UTF_8;
        String text = bytes == null ? "" : new String(bytes, charset);
        if (text.isBlank()) {
            throw FlowException.invalid("check.api.emptyText");
        }
        if (text.length() > MAX_TEXT) {
            throw FlowException.invalid("check.api.textTooLong", MAX_TEXT);
        }
        return check(parser.parse(text), year, locale);
    }

    /** Checks an uploaded .docx (or UTF-8 .txt), split as the editor's import splits it; stores nothing. */
    @PostMapping(path = "/api/check", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    TextCheckBody checkFile(
            @RequestParam(required = false) Integer year, @RequestPart("file") MultipartFile file, Locale locale)
            throws IOException {
        org.currentUser();
        try (InputStream in = file.getInputStream()) {
            return check(documents.parse(file.getOriginalFilename(), in).toContent(), year, locale);
        }
    }

    private TextCheckBody check(ReportContent content, Integer year, Locale locale) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw FlowException.invalid("check.api.badYear", year);
        }
        Integer reportYear = year != null ? year : CheckService.yearOf(content).orElse(null);
        List<CheckInput.Block> blocks = CheckInput.of(content, reportYear).blocks();
        List<PartBody> parts = content.parts().stream()
                .map(ReportPart::kind)
                .map(kind -> {
                    CheckInput.Block first = blocks.stream()
                            .filter(b -> b.part() == kind)
                            .findFirst()
                            .orElse(null);
                    String heading = content.part(kind).map(ReportPart::heading).orElse("");
                    return new PartBody(kind, heading, first == null ? null : first.line());
                })
                .toList();
        List<DescribedFinding> findings = checks.check(content, reportYear).stream()
                .map(f -> checks.described(f, locale))
                .toList();
        return new TextCheckBody(reportYear, parts, findings);
    }

    /** The findings of a report's working copy under its county's settings, with the drafter's waivers. */
    @GetMapping("/api/reports/{id}/check")
    ReportCheckBody findings(@PathVariable long id, Locale locale) {
        return new ReportCheckBody(
                checks.findings(id).stream().map(f -> body(f, locale)).toList());
    }

    @GetMapping("/api/reports/{id}/check/waivers")
    List<Waiver> waivers(@PathVariable long id) {
        return checks.waivers(id);
    }

    /** Marks a WARNING or INFO finding of the working copy as not applicable, with a reason. */
    @PostMapping("/api/reports/{id}/check/waivers")
    ResponseEntity<Waiver> waive(@PathVariable long id, @RequestBody NewWaiver waiver) {
        if (waiver.rule() == null || waiver.rule().isBlank()) {
            throw FlowException.invalid("check.api.waiver.noSuchFinding");
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(checks.waive(id, waiver.rule(), waiver.part(), waiver.excerpt(), waiver.reason()));
    }

    @DeleteMapping("/api/check/waivers/{waiverId}")
    ResponseEntity<Void> unwaive(@PathVariable long waiverId) {
        checks.unwaive(waiverId);
        return ResponseEntity.noContent().build();
    }

    /** The caller's county's rule settings (ADMIN only). */
    @GetMapping("/api/check/settings")
    List<RuleSetting> settings() {
        return checks.settings(org.currentUser().county());
    }

    /** Switches a rule on or off, or replaces its severity, in the caller's county (ADMIN only). */
    @PutMapping("/api/check/settings")
    List<RuleSetting> updateSetting(@RequestBody SettingChange change) {
        long county = org.currentUser().county();
        checks.updateSetting(county, change.rule(), change.enabled() == null || change.enabled(), change.severity());
        return checks.settings(county);
    }

    private ReportFindingBody body(ReportFinding rf, Locale locale) {
        Finding f = rf.finding();
        Waiver w = rf.waiver();
        return new ReportFindingBody(
                f.rule(),
                f.severity(),
                f.part(),
                f.paragraph(),
                f.line(),
                f.excerpt(),
                checks.describe(f, locale),
                checks.suggestion(f, locale),
                w != null,
                w == null ? null : new WaiverBody(w.id(), w.reason(), w.waivedBy(), w.waivedAt()));
    }
}
