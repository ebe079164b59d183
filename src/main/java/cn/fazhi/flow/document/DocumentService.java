package cn.fazhi.flow.document;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.TownshipInfo;
import cn.fazhi.flow.report.ContentJson;
import cn.fazhi.flow.report.DraftSaved;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportDetails;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ReportTextParser;
import cn.fazhi.flow.report.StandardWording;
import cn.fazhi.flow.report.VersionDiff;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Word documents in and out. Parsing and rendering are pure (no access check: callers check); the methods that name a
 * report check access through {@link ReportService} (reading a version) or {@link OrgService} (importing into a draft).
 * An import into a draft keeps the draft from before it, so that it can be undone (also after a reload) until the draft
 * is saved again or submitted.
 */
@Service
public class DocumentService {

    /** The largest upload accepted, in bytes (20 MB). */
    public static final int MAX_UPLOAD_BYTES = UploadReader.MAX_BYTES;

    private final ReportService reports;
    private final OrgService org;
    private final ImportUndoRepository undos;
    private final ObjectMapper json;
    private final Clock clock;
    private final DocumentSplitter splitter;

    DocumentService(
            ReportService reports,
            OrgService org,
            ImportUndoRepository undos,
            ObjectMapper json,
            Clock clock,
            WebResidue webResidue) {
        this.reports = reports;
        this.org = org;
        this.undos = undos;
        this.json = json;
        this.clock = clock;
        this.splitter = new DocumentSplitter(new ReportTextParser(), webResidue);
    }

    /**
     * Parses an upload (.docx or UTF-8 .txt) without storing anything. Refused with a translated {@link FlowException}
     * (INVALID): a name that is neither, another type under a .docx name, a corrupt or encrypted file, more than 20 MB,
     * a zip bomb, a text not in UTF-8.
     */
    public ParsedDocument parse(String filename, InputStream in) {
        return splitter.split(UploadReader.read(filename, in));
    }

    /**
     * Replaces the draft of a report with an upload (without its web-page residue), for a drafter of its township
     * while the report is editable; answers the parse (for its notices) and the save.
     */
    @Transactional
    public Imported importInto(long reportId, String filename, InputStream in) {
        ReportDetails report = reports.get(reportId);
        org.requireDraftable(report.townshipId());
        if (!report.status().editable()) {
            throw FlowException.conflict("error.notEditable");
        }
        ParsedDocument parsed = parse(filename, in);
        return new Imported(parsed, replaceDraft(report, parsed, report.lockVersion()));
    }

    /**
     * Replaces the draft of a report with a parsed upload (without its web-page residue), saved against the lock
     * version the editor holds; the draft from before is kept for {@link #undoImport}.
     */
    @Transactional
    public DraftSaved importDraft(long reportId, ParsedDocument parsed, long expectedLockVersion) {
        return replaceDraft(reports.get(reportId), parsed, expectedLockVersion);
    }

    private DraftSaved replaceDraft(ReportDetails report, ParsedDocument parsed, long expectedLockVersion) {
        DraftSaved saved = reports.saveDraft(report.id(), parsed.toDraft(), expectedLockVersion);
        ImportUndo undo = undos.findById(report.id()).orElseGet(() -> new ImportUndo(report.id()));
        undo.record(
                write(report.content()), saved.lockVersion(), org.currentUser().username(), clock.instant());
        undos.save(undo);
        return saved;
    }

    /**
     * Whether the last import into a report can be undone: the report is editable and nothing was saved since the
     * import. For a drafter of its township.
     */
    public boolean importUndoable(long reportId) {
        reports.requireDraftable(reportId);
        ReportDetails report = reports.get(reportId);
        return report.status().editable()
                && undos.findById(reportId)
                        .filter(u -> u.current(report.lockVersion()))
                        .isPresent();
    }

    /**
     * Puts the draft back as it was before the last import, saved against the lock version the editor holds; refused
     * (CONFLICT) when the draft was saved since the import.
     */
    @Transactional
    public DraftSaved undoImport(long reportId, long expectedLockVersion) {
        reports.requireDraftable(reportId);
        ImportUndo undo = undos.findById(reportId)
                .filter(u -> u.current(expectedLockVersion))
                .orElseThrow(() -> FlowException.conflict("error.importUndoGone"));
        DraftSaved saved = reports.saveDraft(reportId, read(undo.previousContent()), expectedLockVersion);
        undos.delete(undo);
        return saved;
    }

    /** An import into a draft: what was read and the save. */
    public record Imported(ParsedDocument document, DraftSaved saved) {}

    /**
     * Renders content as .docx in the GB/T 9704-2012 layout, with all five part headings (the standard one where a
     * heading is empty). Pure rendering: no access check (callers check).
     */
    public byte[] docx(ReportContent content) {
        return OfficialDocx.render(StandardWording.completed(content, null));
    }

    /** The same layout as PDF (openhtmltopdf with a CJK TrueType font of the server). Pure rendering. */
    public byte[] pdf(ReportContent content) {
        return OfficialPdf.render(StandardWording.completed(content, null));
    }

    /** Version n of a report as .docx, for a user who may read the report; an empty title prints as the standard one. */
    public byte[] versionDocx(long reportId, int n) {
        return docx(asPrinted(reportId, reports.version(reportId, n)));
    }

    /** Version n of a report as PDF, for a user who may read the report; an empty title prints as the standard one. */
    public byte[] versionPdf(long reportId, int n) {
        return pdf(asPrinted(reportId, reports.version(reportId, n)));
    }

    /**
     * The working copy as the PDF it will become when submitted (预览/打印), for a user who may read the report, in any
     * state of the report.
     */
    public byte[] draftPdf(long reportId) {
        return pdf(asPrinted(reportId, reports.workingCopy(reportId)));
    }

    /** The standard title of a report the current user may read, built from its township and year. */
    public String standardTitle(long reportId) {
        TownshipInfo township = reports.requireReadable(reportId);
        ReportDetails report = reports.get(reportId);
        return StandardWording.title(report.township(), township.kind(), report.year());
    }

    private ReportContent asPrinted(long reportId, ReportContent content) {
        return content.title().isBlank() ? StandardWording.completed(content, standardTitle(reportId)) : content;
    }

    /** 花脸稿 between two versions: insertions underlined, deletions struck through. */
    public byte[] markedUpDocx(long reportId, int from, int to) {
        return OfficialDocx.markup(VersionDiff.compare(reports.version(reportId, from), reports.version(reportId, to)));
    }

    /** The file name of a version's download, e.g. 太要镇-2022-v2.docx. */
    public String fileName(long reportId, String what, String extension) {
        ReportDetails report = reports.get(reportId);
        return report.township() + "-" + report.year() + "-" + what + "." + extension;
    }

    private String write(ReportContent content) {
        return ContentJson.write(json, content);
    }

    private ReportContent read(String content) {
        return ContentJson.read(json, content);
    }
}
