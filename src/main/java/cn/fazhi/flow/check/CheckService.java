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
        return check(content, null);
    }

    /** The findings for a text of a known report year (null when unknown). */
    public List<Finding> check(ReportContent content, Integer year) {
        CheckInput input = CheckInput.of(content, year);
        return rules.stream()
                .flatMap(rule -> rule.check(input).stream())
                .sorted(Comparator.comparing(Finding::severity))
                .toList();
    }

    /** The findings for a report's working copy, checked readable by the current user. */
    public List<Finding> checkWorkingCopy(long reportId) {
        int year = reports.get(reportId).year();
        return check(reports.workingCopy(reportId), year);
    }

    /** Process: whether the working copy may be submitted (no ERROR finding). */
    public boolean passes(long reportId) {
        return check(reports.workingCopy(reportId), reports.get(reportId).year()).stream()
                .noneMatch(Finding::blocking);
    }

    /** A finding's message in the given language. */
    public String describe(Finding finding, Locale locale) {
        return messages.get(locale, finding.messageKey(), translated(finding.args(), locale));
    }

    /** A finding's suggested fix in the given language, or "" when it has none. */
    public String suggestion(Finding finding, Locale locale) {
        if (finding.suggestionKey() == null) {
            return "";
        }
        return messages.get(locale, finding.suggestionKey(), translated(finding.suggestionArgs(), locale));
    }

    private Object[] translated(List<Object> args, Locale locale) {
        return args.stream()
                .map(a -> a instanceof String s && s.startsWith("#") ? messages.get(locale, s.substring(1)) : a)
                .toArray();
    }
}
