package cn.fazhi.flow.check;

import cn.fazhi.flow.base.Messages;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportService;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

/** Runs every pre-check rule over a report's text. */
@Service
public class CheckService {

    private final List<CheckRule> rules;
    private final ReportService reports;
    private final Messages messages;

    CheckService(List<CheckRule> rules, ReportService reports, Messages messages) {
        this.rules = List.copyOf(rules);
        this.reports = reports;
        this.messages = messages;
    }

    /** The findings for a text, most severe first. A pure function of the text: anyone may call it. */
    public List<Finding> check(ReportContent content) {
        return rules.stream()
                .flatMap(rule -> rule.check(content).stream())
                .sorted(Comparator.comparing(Finding::severity))
                .toList();
    }

    /** The findings for a report's working copy, checked readable by the current user. */
    public List<Finding> checkWorkingCopy(long reportId) {
        reports.townshipOf(reportId);
        return check(reports.workingCopy(reportId));
    }

    /** Process: whether the working copy may be submitted (no ERROR finding). */
    public boolean passes(long reportId) {
        return check(reports.workingCopy(reportId)).stream().noneMatch(Finding::blocking);
    }

    /** A finding's message in the given language. */
    public String describe(Finding finding, Locale locale) {
        Object[] args = finding.args().stream()
                .map(a -> a instanceof String s && s.startsWith("#") ? messages.get(locale, s.substring(1)) : a)
                .toArray();
        return messages.get(locale, finding.messageKey(), args);
    }
}
