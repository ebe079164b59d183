package cn.fazhi.flow.document;

import cn.fazhi.flow.base.Messages;
import cn.fazhi.flow.report.Closing;
import cn.fazhi.flow.report.ReportPart;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads parsed or imported into a draft, versions downloaded as .docx, PDF and marked-up .docx, and the working copy
 * previewed as PDF.
 */
@RestController
class DocumentController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final DocumentService documents;
    private final Messages messages;

    DocumentController(DocumentService documents, Messages messages) {
        this.documents = documents;
        this.messages = messages;
    }

    record NoticeBody(String key, int count, String message) {}

    record UnplacedBody(String part, String text) {}

    record ParsedBody(
            String title,
            String addressee,
            String opening,
            List<ReportPart> parts,
            Closing closing,
            List<UnplacedBody> unplaced,
            List<NoticeBody> notices) {}

    record ImportedBody(ParsedBody document, long lockVersion, Instant savedAt) {}

    /** Splits an upload into a report's pieces; stores nothing. */
    @PostMapping(path = "/api/documents/parse", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ParsedBody parse(@RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return body(documents.parse(file.getOriginalFilename(), in));
        }
    }

    /** Replaces the report's draft with an upload (a drafter of its township, while the report is editable). */
    @PostMapping(path = "/api/reports/{id}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportedBody importInto(@PathVariable long id, @RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            DocumentService.Imported imported = documents.importInto(id, file.getOriginalFilename(), in);
            return new ImportedBody(
                    body(imported.document()),
                    imported.saved().lockVersion(),
                    imported.saved().savedAt());
        }
    }

    @GetMapping("/api/reports/{id}/versions/{n}.docx")
    ResponseEntity<byte[]> versionDocx(@PathVariable long id, @PathVariable int n) {
        return file(documents.versionDocx(id, n), DOCX, documents.fileName(id, "v" + n, "docx"));
    }

    @GetMapping("/api/reports/{id}/versions/{n}.pdf")
    ResponseEntity<byte[]> versionPdf(@PathVariable long id, @PathVariable int n) {
        return file(documents.versionPdf(id, n), MediaType.APPLICATION_PDF, documents.fileName(id, "v" + n, "pdf"));
    }

    /** The working copy as the PDF it will become (预览/打印), shown in the browser rather than saved. */
    @GetMapping("/api/reports/{id}/draft.pdf")
    ResponseEntity<byte[]> draftPdf(@PathVariable long id) {
        byte[] pdf = documents.draftPdf(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(
                                        documents.fileName(id, "draft", "pdf"), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(pdf);
    }

    /** The marked-up copy (花脸稿) from version {@code from} to version {@code to}. */
    @GetMapping("/api/reports/{id}/markup.docx")
    ResponseEntity<byte[]> markup(@PathVariable long id, @RequestParam int from, @RequestParam int to) {
        return file(documents.markedUpDocx(id, from, to), DOCX, documents.fileName(id, "v" + from + "-v" + to, "docx"));
    }

    private ParsedBody body(ParsedDocument d) {
        return new ParsedBody(
                d.title(),
                d.addressee(),
                d.opening(),
                d.parts(),
                d.closing(),
                d.unplaced().stream()
                        .map(u -> new UnplacedBody(
                                u.part() == null ? null : u.part().name(), u.text()))
                        .toList(),
                d.notices().stream()
                        .map(n -> new NoticeBody(n.key(), n.count(), messages.get(n.key(), n.count())))
                        .toList());
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(bytes);
    }
}
