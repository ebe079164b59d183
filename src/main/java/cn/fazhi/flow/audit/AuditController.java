package cn.fazhi.flow.audit;

import java.time.Clock;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The security log over HTTP, for the AUDITOR: {@code GET /api/audit} a page of entries as JSON, newest first, and
 * {@code GET /api/audit.xlsx} the entries as a workbook; both take the filters {@code from}, {@code to}, {@code user},
 * {@code action} and {@code result} (see {@link SecurityLogFilter#parse}). Nothing here changes an entry.
 */
@RestController
class AuditController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AuditService audit;
    private final Clock clock;

    AuditController(AuditService audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/api/audit")
    SecurityLogPage log(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String user,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String result,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        return audit.securityLog(filter(from, to, user, action, result), page, size);
    }

    @GetMapping("/api/audit.xlsx")
    ResponseEntity<byte[]> xlsx(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String user,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String result,
            Locale locale) {
        byte[] book = audit.securityLogXlsx(filter(from, to, user, action, result), locale);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("security-log.xlsx")
                                .build()
                                .toString())
                .body(book);
    }

    private SecurityLogFilter filter(String from, String to, String user, String action, String result) {
        return SecurityLogFilter.parse(from, to, user, action, result, clock.getZone());
    }
}
