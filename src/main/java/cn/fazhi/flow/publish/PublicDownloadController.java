package cn.fazhi.flow.publish;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The downloads of the public pages, without login: a published report's public version as PDF or .docx. Any other
 * report is 404 here.
 */
@RestController
class PublicDownloadController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final PublishService publish;
    private final PublicDocuments documents;

    PublicDownloadController(PublishService publish, PublicDocuments documents) {
        this.publish = publish;
        this.documents = documents;
    }

    @GetMapping("/public/reports/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        PublishedReport report = publish.publishedReport(id);
        return file(report, documents.pdf(publish.publicVersion(id)), MediaType.APPLICATION_PDF, "pdf");
    }

    @GetMapping("/public/reports/{id}.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        PublishedReport report = publish.publishedReport(id);
        return file(report, documents.docx(publish.publicVersion(id)), DOCX, "docx");
    }

    private static ResponseEntity<byte[]> file(PublishedReport report, byte[] body, MediaType type, String extension) {
        String name = report.township() + report.year() + "年度法治政府建设情况报告." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }
}
