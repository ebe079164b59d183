package cn.fazhi.flow.document.ui;

import cn.fazhi.flow.document.DocumentService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * 预览/打印: the draft as saved, opened in a new browser tab as the PDF it will become (standard title and headings where
 * the drafter left them empty), to read or print. Generated when clicked, for a user who may read the report.
 */
public class DraftPreview extends Anchor {

    public DraftPreview(DocumentService documents, long reportId) {
        super(
                Downloads.of(
                                () -> documents.draftPdf(reportId),
                                () -> documents.fileName(reportId, "draft", "pdf"),
                                "application/pdf")
                        .inline(),
                AttachmentType.INLINE,
                "");
        setId("editor-preview");
        setTarget(AnchorTarget.BLANK);
        Button button = new Button(getTranslation("editor.preview"), VaadinIcon.PRINT.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(button);
    }
}
