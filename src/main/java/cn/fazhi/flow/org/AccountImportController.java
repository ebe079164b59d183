package cn.fazhi.flow.org;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk import over HTTP, for a county's ADMIN: {@code GET /api/admin/import/template.xlsx} the template, {@code POST
 * /api/admin/import} (multipart {@code file}) the import, with {@code ?dryRun=true} the preview. The answer lists every
 * row's problems; an import refused for them answers 422 and changes nothing.
 */
@RestController
class AccountImportController {

    private final AccountImport imports;

    AccountImportController(AccountImport imports) {
        this.imports = imports;
    }

    record ProblemBody(String sheet, int row, String message) {}

    record AccountBody(String login, String name, String oneTimePassword) {}

    record ImportBody(int townships, int users, List<ProblemBody> errors, List<AccountBody> accounts) {}

    @GetMapping("/api/admin/import/template.xlsx")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(AccountImport.XLSX_TYPE))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("import-template.xlsx")
                                .build()
                                .toString())
                .body(imports.template());
    }

    /** 200 with the counts and accounts; 200 with the problems on a dry run, 422 with them otherwise. */
    @PostMapping(path = "/api/admin/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportBody> importFile(
            @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun,
            Locale locale)
            throws IOException {
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readNBytes(AccountImport.MAX_BYTES + 1);
        }
        ImportOutcome outcome = imports.importFile(file.getOriginalFilename(), bytes, dryRun);
        ImportBody body = new ImportBody(
                outcome.townships(),
                outcome.users(),
                outcome.problems().stream()
                        .map(p -> new ProblemBody(p.sheet(), p.row(), imports.message(p, locale)))
                        .toList(),
                outcome.accounts().stream()
                        .map(a -> new AccountBody(a.login(), a.name(), a.oneTimePassword()))
                        .toList());
        HttpStatus status = outcome.hasProblems() && !dryRun ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK;
        return ResponseEntity.status(status).body(body);
    }
}
