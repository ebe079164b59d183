package cn.fazhi.flow.document.ui;

import cn.fazhi.flow.document.DocumentService;
import cn.fazhi.flow.report.VersionInfo;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Downloads of a report's submitted versions: each as .docx in the official layout and as PDF, and the marked-up copy
 * (花脸稿) of each version against the one before. Generated when clicked, for the signed-in user, with the service's
 * access checks.
 */
public class VersionDownloads extends Div {

    private static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final DocumentService documents;
    private final long reportId;

    public VersionDownloads(DocumentService documents, long reportId, List<VersionInfo> versions) {
        this.documents = documents;
        this.reportId = reportId;
        setId("version-downloads");
        versions.stream()
                .sorted(Comparator.comparingInt(VersionInfo::number).reversed())
                .forEach(v -> add(row(v.number())));
    }

    private HorizontalLayout row(int n) {
        HorizontalLayout row = new HorizontalLayout();
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.addClassName("version-download");
        row.add(new Span(getTranslation("document.download.version", n)));
        row.add(link(
                "download-docx-" + n,
                "document.download.docx",
                () -> documents.versionDocx(reportId, n),
                () -> documents.fileName(reportId, "v" + n, "docx"),
                DOCX_TYPE));
        row.add(link(
                "download-pdf-" + n,
                "document.download.pdf",
                () -> documents.versionPdf(reportId, n),
                () -> documents.fileName(reportId, "v" + n, "pdf"),
                "application/pdf"));
        if (n > 1) {
            row.add(link(
                    "download-markup-" + n,
                    "document.download.markup",
                    () -> documents.markedUpDocx(reportId, n - 1, n),
                    () -> documents.fileName(reportId, "v" + (n - 1) + "-v" + n, "docx"),
                    DOCX_TYPE));
        }
        return row;
    }

    private Anchor link(String id, String label, Supplier<byte[]> content, Supplier<String> name, String type) {
        Anchor anchor = new Anchor(Downloads.of(content, name, type), AttachmentType.DOWNLOAD, getTranslation(label));
        anchor.setId(id);
        return anchor;
    }
}
