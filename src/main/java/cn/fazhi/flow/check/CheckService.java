package cn.fazhi.flow.check;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.base.Messages;
import cn.fazhi.flow.base.SecurityAction;
import cn.fazhi.flow.base.SecurityEvent;
import cn.fazhi.flow.org.AccessPolicy;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.UserAccount;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportDetails;
import cn.fazhi.flow.report.ReportService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs every pre-check rule over a report's text. {@link #check(ReportContent, Integer)} is a pure function of the
 * text; the methods that take a report apply its county's settings (a rule switched off, a severity replaced) and the
 * drafter's waivers, and check that the current user may see (or draft) the report.
 */
@Service
@Transactional(readOnly = true)
public class CheckService {

    /** The rules the pre-check knows and the severity each gives unless a county replaces it, in the issue's order. */
    static final Map<String, Severity> STANDARD_SEVERITY = standardSeverities();

    private static final int MAX_REASON = 1000;

    /** The report year in a title: the first 20xx年. */
    private static final Pattern TITLE_YEAR = Pattern.compile("(20\\d{2})\\s*年");

    /** The report year in an opening: 20xx年以来, 20xx年度, 20xx年，… */
    private static final Pattern OPENING_YEAR = Pattern.compile("(20\\d{2})\\s*年(?:以来|度|[，,])");

    private final List<CheckRule> rules;
    private final ReportService reports;
    private final OrgService org;
    private final Messages messages;
    private final CheckRuleSettingRepository settings;
    private final CheckWaiverRepository waivers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CheckService(
            List<CheckRule> rules,
            ReportService reports,
            OrgService org,
            Messages messages,
            CheckRuleSettingRepository settings,
            CheckWaiverRepository waivers,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rules = List.copyOf(rules);
        this.reports = reports;
        this.org = org;
        this.messages = messages;
        this.settings = settings;
        this.waivers = waivers;
        this.events = events;
        this.clock = clock;
    }

    // --- the text alone ---------------------------------------------------------------------------------------------

    /** The findings for a text, most severe first. A pure function of the text: anyone may call it. */
    public List<Finding> check(ReportContent content) {
        return check(content, null);
    }

    /** The findings for a text of a known report year (null when unknown), every rule as written. */
    public List<Finding> check(ReportContent content, Integer year) {
        return run(CheckInput.of(content, year), Map.of());
    }

    /** The report year a text names: the first 20xx年 of its title, else the opening's 20xx年以来 / 20xx年度. */
    public static Optional<Integer> yearOf(ReportContent content) {
        Matcher title = TITLE_YEAR.matcher(content.title());
        if (title.find()) {
            return Optional.of(Integer.valueOf(title.group(1)));
        }
        Matcher opening = OPENING_YEAR.matcher(content.opening());
        if (opening.find()) {
            return Optional.of(Integer.valueOf(opening.group(1)));
        }
        return Optional.empty();
    }

    // --- a report, with its county's settings and its waivers ------------------------------------------------------

    /** The findings for a text as the county's settings have it: rules switched off give nothing. */
    public List<Finding> check(ReportContent content, Integer year, long countyId) {
        return run(CheckInput.of(content, year), settingsOf(countyId));
    }

    /** The findings for a report's working copy under its county's settings; the report must be readable. */
    public List<Finding> checkFor(long reportId) {
        ReportDetails report = reports.get(reportId);
        return check(report.content(), report.year(), report.countyId());
    }

    /** Process: whether the working copy may be submitted (no ERROR finding under the county's settings). */
    public boolean passes(long reportId) {
        return checkFor(reportId).stream().noneMatch(Finding::blocking);
    }

    /** The working copy's findings with their waivers; the report must be readable. */
    public List<ReportFinding> findings(long reportId) {
        ReportDetails report = reports.get(reportId);
        return withWaivers(reportId, check(report.content(), report.year(), report.countyId()));
    }

    /** The findings of a text being written for a report (the editor's fields), with the report's waivers. */
    public List<ReportFinding> findings(long reportId, ReportContent content) {
        ReportDetails report = reports.get(reportId);
        return withWaivers(reportId, check(content, report.year(), report.countyId()));
    }

    /** The findings of a submitted version, computed on that version, with the report's waivers. */
    public List<ReportFinding> versionFindings(long reportId, int version) {
        ReportDetails report = reports.get(reportId);
        return withWaivers(reportId, check(reports.version(reportId, version), report.year(), report.countyId()));
    }

    private List<ReportFinding> withWaivers(long reportId, List<Finding> findings) {
        List<CheckWaiver> all = waivers.findByReportIdOrderByWaivedAtAscIdAsc(reportId);
        List<ReportFinding> result = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Waiver waiver = f.blocking()
                    ? null
                    : all.stream()
                            .filter(w -> w.matches(f))
                            .findFirst()
                            .map(CheckWaiver::view)
                            .orElse(null);
            result.add(new ReportFinding(f, waiver));
        }
        return result;
    }

    // --- waivers
    // ------------------------------------------------------------------------------------------------------

    /** The report's waivers, oldest first; the report must be readable. */
    public List<Waiver> waivers(long reportId) {
        reports.requireReadable(reportId);
        return waivers.findByReportIdOrderByWaivedAtAscIdAsc(reportId).stream()
                .map(CheckWaiver::view)
                .toList();
    }

    /**
     * Marks a WARNING or INFO finding of the working copy as not applicable, with a reason. Only the township's drafter
     * may; the finding (rule, part, excerpt) must be one the working copy has now, and never an ERROR. Waiving it again
     * replaces the reason.
     */
    @Transactional
    public Waiver waive(long reportId, String rule, PartKind part, String excerpt, String reason) {
        ReportDetails report = reports.get(reportId);
        org.requireDraftable(report.townshipId());
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw FlowException.invalid("check.api.waiver.reasonMissing");
        }
        if (why.length() > MAX_REASON) {
            throw FlowException.invalid("check.api.waiver.reasonTooLong", MAX_REASON);
        }
        String text = excerpt == null ? "" : excerpt;
        List<Finding> current = check(report.content(), report.year(), report.countyId()).stream()
                .filter(f -> f.rule().equals(rule)
                        && f.part() == part
                        && CheckWaiver.clip(f.excerpt()).equals(CheckWaiver.clip(text)))
                .toList();
        if (current.isEmpty()) {
            throw FlowException.invalid("check.api.waiver.noSuchFinding");
        }
        if (current.stream().anyMatch(Finding::blocking)) {
            throw FlowException.invalid("check.api.waiver.error");
        }
        String me = org.currentUser().username();
        Integer paragraph = current.get(0).paragraph();
        CheckWaiver waiver = waivers.findByReportIdOrderByWaivedAtAscIdAsc(reportId).stream()
                .filter(w -> w.sameAs(rule, part, text))
                .findFirst()
                .orElse(null);
        if (waiver == null) {
            waiver = new CheckWaiver(reportId, rule, part, paragraph, text, why, me, clock.instant());
        } else {
            waiver.renew(paragraph, why, me, clock.instant());
        }
        return waivers.save(waiver).view();
    }

    /** Takes a waiver back; only the township's drafter may. */
    @Transactional
    public void unwaive(long waiverId) {
        CheckWaiver waiver = waivers.findById(waiverId)
                .orElseThrow(() -> FlowException.notFound("check.api.waiver.notFound", waiverId));
        reports.requireDraftable(waiver.getReportId());
        waivers.delete(waiver);
    }

    // --- county settings
    // ----------------------------------------------------------------------------------------------

    /** Every rule with how it runs in the county; only an ADMIN of that county may read them. */
    public List<RuleSetting> settings(long countyId) {
        requireCountyAdmin(countyId);
        Map<String, CheckRuleSetting> stored = settingsOf(countyId);
        return ruleIds().stream()
                .map(id -> {
                    CheckRuleSetting s = stored.get(id);
                    return new RuleSetting(
                            id,
                            s == null || s.isEnabled(),
                            s == null ? null : s.getSeverity(),
                            STANDARD_SEVERITY.get(id));
                })
                .toList();
    }

    /**
     * Switches a rule on or off in the county and replaces its severity ({@code severity} null keeps the rule's own).
     * Only an ADMIN of that county may; the change goes to the security log.
     */
    @Transactional
    public RuleSetting updateSetting(long countyId, String rule, boolean enabled, Severity severity) {
        UserAccount me = requireCountyAdmin(countyId);
        if (rule == null || !ruleIds().contains(rule)) {
            throw FlowException.invalid("check.api.settings.unknownRule", rule == null ? "" : rule);
        }
        CheckRuleSetting setting =
                settings.findByCountyIdAndRule(countyId, rule).orElseGet(() -> new CheckRuleSetting(countyId, rule));
        setting.change(enabled, severity, me.username(), clock.instant());
        settings.save(setting);
        Severity standard = STANDARD_SEVERITY.get(rule);
        String level = severity == null
                ? messages.get(Messages.CHINESE, "checkSettings.severity.standard", severityName(standard))
                : severityName(severity);
        String detail = messages.get(
                Messages.CHINESE,
                "security.detail.setting",
                ruleName(rule, Messages.CHINESE),
                messages.get(Messages.CHINESE, enabled ? "checkSettings.on" : "checkSettings.off"),
                level);
        events.publishEvent(
                SecurityEvent.succeeded(SecurityAction.SETTING_CHANGED, me.username(), "county:" + countyId, detail));
        return new RuleSetting(rule, enabled, severity, standard);
    }

    private String severityName(Severity severity) {
        return severity == null ? "" : messages.get(Messages.CHINESE, "check.severity.%s".formatted(severity.name()));
    }

    /** Every rule id: those the issue lists, then any further rule bean. */
    public List<String> ruleIds() {
        List<String> ids = new ArrayList<>(STANDARD_SEVERITY.keySet());
        rules.stream()
                .map(CheckRule::id)
                .filter(id -> !ids.contains(id))
                .sorted()
                .forEach(ids::add);
        return ids;
    }

    private UserAccount requireCountyAdmin(long countyId) {
        UserAccount me = org.currentUser();
        AccessPolicy.requireCountyAdmin(me, countyId, "check.api.settings.adminOnly");
        return me;
    }

    private Map<String, CheckRuleSetting> settingsOf(long countyId) {
        return settings.findByCountyId(countyId).stream()
                .collect(Collectors.toMap(CheckRuleSetting::getRule, Function.identity()));
    }

    // --- running the rules
    // --------------------------------------------------------------------------------------------

    private List<Finding> run(CheckInput input, Map<String, CheckRuleSetting> county) {
        List<Finding> all = new ArrayList<>();
        for (CheckRule rule : rules) {
            CheckRuleSetting setting = county.get(rule.id());
            if (setting != null && !setting.isEnabled()) {
                continue;
            }
            Severity override = setting == null ? null : setting.getSeverity();
            for (Finding f : rule.check(input)) {
                all.add(override == null || override == f.severity() ? f : f.withSeverity(override));
            }
        }
        all.sort(Comparator.comparing(Finding::severity));
        return all;
    }

    // --- words
    // --------------------------------------------------------------------------------------------------------

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

    /** A finding with its message and suggestion in the given language, as API clients read it. */
    public DescribedFinding described(Finding f, Locale locale) {
        return new DescribedFinding(
                f.rule(),
                f.severity(),
                f.part(),
                f.paragraph(),
                f.line(),
                f.excerpt(),
                describe(f, locale),
                suggestion(f, locale));
    }

    /** Who marked a finding as not applicable, by the name people know them by (their login if they are gone). */
    public String waivedByName(Waiver waiver) {
        return org.findUser(waiver.waivedBy()).map(UserAccount::displayName).orElse(waiver.waivedBy());
    }

    /** A rule's display name in the given language (its id when it has none). */
    public String ruleName(String rule, Locale locale) {
        String name = messages.get(locale, "check.rule.%s".formatted(rule));
        return name.startsWith("!") ? rule : name;
    }

    private Object[] translated(List<Object> args, Locale locale) {
        return args.stream()
                .map(a -> a instanceof String s && s.startsWith("#") ? messages.get(locale, s.substring(1)) : a)
                .toArray();
    }

    private static Map<String, Severity> standardSeverities() {
        Map<String, Severity> m = new LinkedHashMap<>();
        m.put("missing-part", Severity.ERROR);
        m.put("part-folded", Severity.WARNING);
        m.put("part-order", Severity.INFO);
        m.put("numbering", Severity.WARNING);
        m.put("duplicate-passage", Severity.WARNING);
        m.put("halfwidth-punctuation", Severity.WARNING);
        m.put("spacing", Severity.WARNING);
        m.put("repeated-word", Severity.WARNING);
        m.put("double-punctuation", Severity.WARNING);
        m.put("unbalanced-quotes", Severity.WARNING);
        m.put("year-mismatch", Severity.WARNING);
        m.put("citation", Severity.WARNING);
        m.put("in-year-wording", Severity.INFO);
        m.put("missing-closing", Severity.WARNING);
        m.put("missing-title", Severity.WARNING);
        m.put("stray-text", Severity.WARNING);
        return java.util.Collections.unmodifiableMap(m);
    }
}
