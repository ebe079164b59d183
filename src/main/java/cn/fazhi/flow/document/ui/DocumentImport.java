package cn.fazhi.flow.document.ui;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.document.DocumentService;
import cn.fazhi.flow.document.ParsedDocument;
import cn.fazhi.flow.report.Paragraphs;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportPart;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The editor's import: upload a .docx or UTF-8 .txt (at most 20 MB, held in memory), see how it splits into the
 * report's pieces, with the passages that fit no part highlighted, the lines of web-page residue struck through (they
 * are not imported) and what was left out listed, and only then replace the draft with it. The previous draft is kept
 * on the server and can be restored with "undo" until the draft is changed or submitted, after a reload too. A refused
 * file is explained and nothing is stored.
 */
public class DocumentImport extends HorizontalLayout {

    /** The editor the import works in. */
    public interface Draft {
        /** Stores what the drafter typed and answers the lock version to save against, or empty when it cannot. */
        OptionalLong savedLockVersion();

        /** Shows the stored draft again after the import replaced it. */
        void reload();
    }

    private final DocumentService documents;
    private final long reportId;
    private final Draft draft;
    private final Upload upload;
    private final Button undo;

    public DocumentImport(DocumentService documents, long reportId, Draft draft) {
        this.documents = documents;
        this.reportId = reportId;
        this.draft = draft;
        setId("document-import");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        upload = new Upload(UploadHandler.inMemory((meta, bytes) -> received(meta.fileName(), bytes)));
        upload.setId("document-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(DocumentService.MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes(".docx", ".txt");
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(getTranslation("document.import.button")));
        // The browser refuses a file before sending it: another extension, or over 20 MB.
        upload.addFileRejectedListener(e -> error(rejected(e.getFileName())));
        upload.addClassName("document-import-upload");

        undo = new Button(getTranslation("document.import.undo"), e -> undo());
        undo.setId("document-import-undo");
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        undo.setVisible(documents.importUndoable(reportId));
        add(upload, undo);
    }

    /** The drafter changed the draft: the import can no longer be undone. */
    public void draftChanged() {
        undo.setVisible(false);
    }

    /** Why the browser refused a file: its extension, or else its size. */
    String rejected(String filename) {
        String name = filename == null ? "" : filename.toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".docx") && !name.endsWith(".txt")) {
            return getTranslation("document.error.type");
        }
        return getTranslation("document.error.tooLarge", DocumentService.MAX_UPLOAD_BYTES / (1024 * 1024));
    }

    /** An upload arrived: parse it and show the preview, or say why it is refused. */
    void received(String filename, byte[] bytes) {
        upload.clearFileList();
        ParsedDocument parsed;
        try {
            parsed = documents.parse(filename, new ByteArrayInputStream(bytes));
        } catch (FlowException e) {
            error(getTranslation(e.messageKey(), e.args()));
            return;
        }
        preview(filename, parsed).open();
    }

    private Dialog preview(String filename, ParsedDocument parsed) {
        Dialog dialog = new Dialog();
        dialog.setId("document-preview");
        dialog.setHeaderTitle(getTranslation("document.preview.title", filename));
        dialog.setWidth("min(60em, 95vw)");

        if (!parsed.notices().isEmpty()) {
            UnorderedList notices = new UnorderedList();
            notices.setId("document-preview-notices");
            parsed.notices().forEach(n -> notices.add(new ListItem(getTranslation(n.key(), n.count()))));
            dialog.add(notices);
        }
        Set<String> unplaced = parsed.unplaced().stream()
                .flatMap(u -> Paragraphs.of(u.text()).stream())
                .collect(Collectors.toSet());
        dialog.add(field("document-preview-title", "document.preview.field.title", parsed.title()));
        dialog.add(field("document-preview-addressee", "document.preview.field.addressee", parsed.addressee()));
        dialog.add(section(
                "document-preview-opening",
                getTranslation("document.preview.opening"),
                parsed.opening(),
                unplaced,
                residue(parsed, null)));
        for (ReportPart part : parsed.parts()) {
            dialog.add(section(
                    "document-preview-part-" + part.kind().name(),
                    getTranslation("part." + part.kind().name()) + " · " + part.heading(),
                    part.body(),
                    unplaced,
                    residue(parsed, part.kind())));
        }
        for (PartKind kind : PartKind.values()) {
            if (parsed.parts().stream().noneMatch(p -> p.kind() == kind)) {
                Paragraph missing = new Paragraph(
                        getTranslation("document.preview.missing", getTranslation("part." + kind.name())));
                missing.addClassName("document-preview-missing");
                dialog.add(missing);
            }
        }
        String closing = (parsed.closing().office() + " " + parsed.closing().date()).strip();
        dialog.add(field("document-preview-closing", "document.preview.field.closing", closing));

        Button cancel = new Button(getTranslation("document.preview.cancel"), e -> dialog.close());
        cancel.setId("document-preview-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button apply = new Button(getTranslation("document.preview.apply"), e -> {
            if (apply(parsed)) {
                dialog.close();
            }
        });
        apply.setId("document-preview-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, apply);
        return dialog;
    }

    private Component field(String id, String label, String value) {
        Paragraph p = new Paragraph(getTranslation(label) + "：" + (value.isBlank() ? "—" : value));
        p.setId(id);
        return p;
    }

    /** The residue lines of the opening (part null) or of a part. */
    private static Set<String> residue(ParsedDocument parsed, PartKind part) {
        return parsed.residue().stream()
                .filter(r -> Objects.equals(r.part(), part))
                .map(ParsedDocument.Residue::line)
                .collect(Collectors.toSet());
    }

    private Component section(String id, String heading, String body, Set<String> unplaced, Set<String> residue) {
        Div section = new Div();
        section.setId(id);
        section.add(new H4(heading));
        for (String paragraph : Paragraphs.of(body)) {
            Paragraph p = new Paragraph(paragraph);
            p.addClassName("document-preview-paragraph");
            if (residue.contains(paragraph)) {
                p.addClassName("document-residue");
                p.getElement().setAttribute("title", getTranslation("document.preview.residueTitle"));
                Span label = new Span(getTranslation("document.preview.residue"));
                label.addClassName("document-residue-label");
                Div row = new Div(label, p);
                row.addClassName("document-residue-row");
                section.add(row);
                continue;
            }
            if (unplaced.contains(paragraph)) {
                p.addClassName("document-unplaced");
                p.getElement().setAttribute("title", getTranslation("document.preview.unplaced"));
            }
            section.add(p);
        }
        return section;
    }

    /** Replaces the draft with the parsed document (without its web-page residue); true when stored. */
    boolean apply(ParsedDocument parsed) {
        OptionalLong lock = draft.savedLockVersion();
        if (lock.isEmpty()) {
            return false;
        }
        try {
            documents.importDraft(reportId, parsed, lock.getAsLong());
        } catch (FlowException e) {
            error(getTranslation(e.messageKey(), e.args()));
            return false;
        }
        undo.setVisible(true);
        draft.reload();
        Notification.show(getTranslation("document.import.applied")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return true;
    }

    /** Puts the draft back as it was before the last import. */
    void undo() {
        OptionalLong lock = draft.savedLockVersion();
        if (lock.isEmpty()) {
            return;
        }
        try {
            documents.undoImport(reportId, lock.getAsLong());
        } catch (FlowException e) {
            error(getTranslation(e.messageKey(), e.args()));
            undo.setVisible(false);
            return;
        }
        undo.setVisible(false);
        draft.reload();
        Notification.show(getTranslation("document.import.undone"));
    }

    private static void error(String message) {
        Notification n = Notification.show(message);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setId("document-import-error");
    }
}
