package cn.fazhi.flow.publish;

import cn.fazhi.flow.document.DocumentService;
import cn.fazhi.flow.report.ReportContent;
import org.springframework.stereotype.Component;

/** The public version as files: the one place that asks the document feature to render them. */
@Component
class PublicDocuments {

    private final DocumentService documents;

    PublicDocuments(DocumentService documents) {
        this.documents = documents;
    }

    byte[] pdf(ReportContent publicVersion) {
        return documents.pdf(publicVersion);
    }

    byte[] docx(ReportContent publicVersion) {
        return documents.docx(publicVersion);
    }
}
