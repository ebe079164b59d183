package cn.fazhi.flow.report;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The comparison of two versions over JSON: per part, per paragraph (added, removed, changed, moved) and, within a
 * paragraph, runs of same, inserted and deleted characters.
 */
@RestController
class VersionDiffController {

    private final ReportService reports;

    VersionDiffController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/api/reports/{id}/diff")
    VersionDiff.Result diff(
            @PathVariable long id,
            @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to) {
        return reports.diff(id, from, to);
    }
}
