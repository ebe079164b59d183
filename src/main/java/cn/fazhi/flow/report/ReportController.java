package cn.fazhi.flow.report;

import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reports and their working copy over JSON; the same service as the UI, with the same checks. */
@RestController
@RequestMapping("/api/reports")
class ReportController {

    private final ReportService reports;

    ReportController(ReportService reports) {
        this.reports = reports;
    }

    record ReportLine(long id, String township, int year, ReportStatus status, String step, int version) {}

    record ReportBody(
            long id,
            String township,
            int year,
            ReportStatus status,
            String step,
            String title,
            String opening,
            List<ReportPart> parts,
            Closing closing,
            int version,
            long lockVersion,
            List<VersionInfo> versions) {}

    /** A draft to save; {@code lockVersion} is optional for API clients that don't track concurrent edits. */
    record DraftBody(String title, String opening, List<ReportPart> parts, Closing closing, Long lockVersion) {}

    record DraftSavedBody(long lockVersion, Instant savedAt) {}

    @GetMapping
    List<ReportLine> list() {
        return reports.list().stream()
                .map(r -> new ReportLine(r.id(), r.township(), r.year(), r.status(), r.step(), r.version()))
                .toList();
    }

    @GetMapping("/{id}")
    ReportBody get(@PathVariable long id) {
        ReportDetails r = reports.get(id);
        ReportContent c = r.content();
        return new ReportBody(
                r.id(),
                r.township(),
                r.year(),
                r.status(),
                r.step(),
                c.title(),
                c.opening(),
                c.parts(),
                c.closing(),
                r.version(),
                r.lockVersion(),
                r.versions());
    }

    @PutMapping("/{id}/draft")
    DraftSavedBody saveDraft(@PathVariable long id, @RequestBody DraftBody draft) {
        long lock = draft.lockVersion() != null
                ? draft.lockVersion()
                : reports.get(id).lockVersion();
        DraftSaved saved = reports.saveDraft(
                id, new ReportContent(draft.title(), draft.opening(), draft.parts(), draft.closing()), lock);
        return new DraftSavedBody(saved.lockVersion(), saved.savedAt());
    }
}
