package cn.fazhi.flow.org.ui;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.org.AccountImport;
import cn.fazhi.flow.org.ImportOutcome;
import cn.fazhi.flow.org.ImportProblem;
import cn.fazhi.flow.org.ImportedAccount;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

/**
 * Bulk import of a county's townships and users: download the template, upload it filled in, see how many townships
 * and users it creates and every row's problems, and import only when there is none. The imported accounts and their
 * one-time passwords are shown once, in a dialog, with their .xlsx download.
 */
public class ImportPanel extends VerticalLayout {

    private final AccountImport imports;
    private final Upload upload;
    private final Paragraph summary = new Paragraph();
    private final Grid<ImportProblem> problems = new Grid<>();
    private final Button run = new Button();
    /** The last file uploaded and its name, imported when "import" is clicked (and checked again then). */
    private byte[] file;

    private String filename;

    public ImportPanel(AccountImport imports) {
        this.imports = imports;
        setId("import-panel");
        setPadding(false);
        setSizeFull();

        Paragraph intro = new Paragraph(getTranslation("import.intro"));
        intro.setId("import-intro");

        Anchor template = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] book = imports.template();
                    return new DownloadResponse(
                            new ByteArrayInputStream(book),
                            getTranslation("import.template.file"),
                            AccountImport.XLSX_TYPE,
                            book.length);
                }),
                "");
        template.setId("import-template");
        Button templateButton = new Button(getTranslation("import.template.download"), VaadinIcon.DOWNLOAD.create());
        template.add(templateButton);

        upload = new Upload(UploadHandler.inMemory((meta, bytes) -> received(meta.fileName(), bytes)));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(AccountImport.MAX_BYTES);
        upload.setAcceptedFileTypes(".xlsx", AccountImport.XLSX_TYPE);
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(getTranslation("import.upload.button"), VaadinIcon.UPLOAD.create()));
        upload.addFileRejectedListener(e -> error(rejected(e.getFileName())));
        upload.addClassName("import-upload");

        HorizontalLayout actions = new HorizontalLayout(template, upload);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        actions.setWrap(true);

        summary.setId("import-summary");
        summary.setVisible(false);

        problems.setId("import-problems");
        problems.addColumn(ImportProblem::sheet)
                .setHeader(getTranslation("import.grid.sheet"))
                .setWidth("7em")
                .setFlexGrow(0);
        problems.addColumn(ImportProblem::row)
                .setHeader(getTranslation("import.grid.row"))
                .setWidth("6em")
                .setFlexGrow(0);
        problems.addColumn(p -> imports.message(p, getLocale()))
                .setHeader(getTranslation("import.grid.message"))
                .setFlexGrow(1);
        problems.setVisible(false);

        run.setId("import-run");
        run.setText(getTranslation("import.run"));
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setEnabled(false);
        // An import of a hundred users takes seconds (a password hash each): no second click meanwhile.
        run.setDisableOnClick(true);
        run.addClickListener(e -> runImport());

        add(intro, actions, summary, problems, run);
        setFlexGrow(1, problems);
    }

    /** Why the browser refused a file: its type, or else its size. */
    String rejected(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".xlsx")) {
            return getTranslation("import.error.notXlsx");
        }
        return getTranslation("import.error.tooLarge", AccountImport.MAX_BYTES / (1024 * 1024));
    }

    /** A file arrived: check it (a dry run) and show what it would create and every problem. */
    void received(String name, byte[] bytes) {
        upload.clearFileList();
        file = null;
        run.setEnabled(false);
        ImportOutcome preview;
        try {
            preview = imports.importFile(name, bytes, true);
        } catch (FlowException e) {
            summary.setVisible(false);
            problems.setVisible(false);
            error(getTranslation(e.messageKey(), e.args()));
            return;
        }
        show(preview);
        if (!preview.hasProblems()) {
            file = bytes;
            filename = name;
            run.setEnabled(true);
        }
    }

    private void show(ImportOutcome outcome) {
        String counts = getTranslation("import.preview.counts", outcome.townships(), outcome.users());
        String verdict = outcome.hasProblems()
                ? getTranslation("import.preview.problems", outcome.problems().size())
                : getTranslation("import.preview.clean");
        summary.setText(counts + " " + verdict);
        summary.setVisible(true);
        problems.setItems(outcome.problems());
        problems.setVisible(outcome.hasProblems());
    }

    /** Imports the checked file; the accounts and their one-time passwords are shown once. */
    void runImport() {
        if (file == null) {
            return;
        }
        ImportOutcome outcome;
        try {
            outcome = imports.importFile(filename, file, false);
        } catch (FlowException e) {
            run.setEnabled(true);
            error(getTranslation(e.messageKey(), e.args()));
            return;
        }
        file = null;
        run.setEnabled(false);
        if (!outcome.imported()) {
            show(outcome);
            error(getTranslation("import.refused"));
            return;
        }
        summary.setText(getTranslation("import.done", outcome.townships(), outcome.users()));
        problems.setVisible(false);
        Notification.show(getTranslation("import.done", outcome.townships(), outcome.users()))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        accounts(outcome.accounts()).open();
    }

    private Dialog accounts(List<ImportedAccount> accounts) {
        Dialog dialog = new Dialog();
        dialog.setId("import-accounts");
        dialog.setHeaderTitle(getTranslation("import.accounts.title"));
        dialog.setWidth("min(44em, 95vw)");
        dialog.setCloseOnOutsideClick(false);
        Paragraph note = new Paragraph(getTranslation("import.accounts.note"));
        Grid<ImportedAccount> grid = new Grid<>();
        grid.setId("import-accounts-grid");
        grid.addColumn(ImportedAccount::login).setHeader(getTranslation("import.column.login"));
        grid.addColumn(ImportedAccount::name).setHeader(getTranslation("import.column.name"));
        grid.addColumn(ImportedAccount::oneTimePassword)
                .setHeader(getTranslation("import.accounts.password"))
                .setClassNameGenerator(a -> "import-one-time-password");
        grid.setItems(accounts);
        grid.setHeight("min(24em, 50vh)");
        dialog.add(note, grid);

        Locale locale = getLocale();
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] book = imports.accountsWorkbook(accounts, locale);
                    return new DownloadResponse(
                            new ByteArrayInputStream(book),
                            getTranslation("import.accounts.file"),
                            AccountImport.XLSX_TYPE,
                            book.length);
                }),
                "");
        download.setId("import-accounts-download");
        download.add(new Button(getTranslation("import.accounts.download"), VaadinIcon.DOWNLOAD.create()));
        Button close = new Button(getTranslation("import.accounts.close"), e -> dialog.close());
        close.setId("import-accounts-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(download, close);
        return dialog;
    }

    private static void error(String message) {
        Notification n = Notification.show(message);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setId("import-error");
    }
}
