package cn.fazhi.flow.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.base.Messages;
import cn.fazhi.flow.base.SecurityAction;
import cn.fazhi.flow.base.SecurityEvent;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.Role;
import cn.fazhi.flow.org.UserAccount;
import cn.fazhi.flow.report.Closing;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportDetails;
import cn.fazhi.flow.report.ReportPart;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ReportStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.util.ReflectionTestUtils;

/** The settings, waivers and year detection around the rules, with two made-up rules and mocked storage. */
class CheckServiceTest {

    private static final long COUNTY = 7;
    private static final long REPORT = 42;

    /** A WARNING on every body paragraph holding ，，. */
    private final CheckRule doubled = new CheckRule() {
        @Override
        public String id() {
            return "double-punctuation";
        }

        @Override
        public List<Finding> check(CheckInput input) {
            return input.blocks().stream()
                    .filter(b -> b.text().contains("，，"))
                    .map(b -> Finding.at(id(), Severity.WARNING, b, "，，", "check.ui.none"))
                    .toList();
        }
    };

    /** An ERROR when LEADERSHIP is absent. */
    private final CheckRule missing = new CheckRule() {
        @Override
        public String id() {
            return "missing-part";
        }

        @Override
        public List<Finding> check(CheckInput input) {
            return input.part(PartKind.LEADERSHIP).isEmpty()
                    ? List.of(new Finding(id(), Severity.ERROR, PartKind.LEADERSHIP, "check.ui.none", List.of()))
                    : List.of();
        }
    };

    private final CheckRuleSettingRepository settings = mock(CheckRuleSettingRepository.class);
    private final CheckWaiverRepository waivers = mock(CheckWaiverRepository.class);
    private final ReportService reports = mock(ReportService.class);
    private final OrgService org = mock(OrgService.class);
    private final Messages messages = mock(Messages.class);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private final List<CheckRuleSetting> stored = new ArrayList<>();
    private final List<CheckWaiver> storedWaivers = new ArrayList<>();
    private CheckService service;

    @BeforeEach
    void setUp() {
        service = new CheckService(
                List.of(doubled, missing),
                reports,
                org,
                messages,
                settings,
                waivers,
                events,
                Clock.fixed(Instant.parse("2024-01-10T08:00:00Z"), ZoneOffset.UTC));
        when(settings.findByCountyId(COUNTY)).thenReturn(stored);
        when(waivers.findByReportIdOrderByWaivedAtAscIdAsc(REPORT)).thenReturn(storedWaivers);
        when(waivers.save(any())).thenAnswer(i -> {
            CheckWaiver saved = i.getArgument(0);
            ReflectionTestUtils.setField(saved, "id", 1L);
            return i.getArgument(0);
        });
    }

    @Test
    void withoutSettingsEveryRuleRunsAsWrittenMostSevereFirst() {
        assertThat(service.check(text("一是推进，，落实。"), 2023, COUNTY))
                .extracting(Finding::rule, Finding::severity)
                .containsExactly(tuple("missing-part", Severity.ERROR), tuple("double-punctuation", Severity.WARNING));
    }

    @Test
    void aRuleSwitchedOffGivesNothingAndAnOverrideReplacesTheSeverity() {
        stored.add(setting("missing-part", false, null));
        stored.add(setting("double-punctuation", true, Severity.ERROR));

        List<Finding> found = service.check(text("一是推进，，落实。"), 2023, COUNTY);

        assertThat(found).extracting(Finding::rule).containsExactly("double-punctuation");
        assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(found.get(0).blocking()).isTrue();
        // The text alone stays settings-free.
        assertThat(service.check(text("一是推进，，落实。"), 2023))
                .extracting(Finding::rule)
                .containsExactly("missing-part", "double-punctuation");
    }

    @Test
    void theProcessAppliesTheCountysSettings() {
        report(text("一是推进，，落实。"));
        assertThat(service.passes(REPORT)).isFalse();
        stored.add(setting("missing-part", true, Severity.WARNING));
        assertThat(service.passes(REPORT)).isTrue();
        stored.add(setting("double-punctuation", true, Severity.ERROR));
        assertThat(service.passes(REPORT)).isFalse();
    }

    @Test
    void aWaiverFollowsItsFindingWhenTheParagraphMovesButNeverCoversAnError() {
        report(text("一是推进，，落实。"));
        signedIn(Role.DRAFTER);
        Waiver w = service.waive(REPORT, "double-punctuation", PartKind.MEASURES, "，，", "  原文引用，不作修改。 ");
        assertThat(w.reason()).isEqualTo("原文引用，不作修改。");
        assertThat(w.paragraph()).isEqualTo(1);
        assertThat(w.waivedBy()).isEqualTo("drafter");
        CheckWaiver kept = new CheckWaiver(
                REPORT, w.rule(), w.part(), w.paragraph(), w.excerpt(), w.reason(), w.waivedBy(), w.waivedAt());
        ReflectionTestUtils.setField(kept, "id", w.id());
        storedWaivers.add(kept);

        // A paragraph inserted above: the finding moves to paragraph 2 and keeps its waiver.
        List<ReportFinding> found = service.findings(REPORT, text("新增的第一段。\n一是推进，，落实。"));
        ReportFinding doubledFinding = found.stream()
                .filter(f -> f.finding().rule().equals("double-punctuation"))
                .findFirst()
                .orElseThrow();
        assertThat(doubledFinding.finding().paragraph()).isEqualTo(2);
        assertThat(doubledFinding.waived()).isTrue();
        assertThat(doubledFinding.waiver().reason()).isEqualTo("原文引用，不作修改。");
        assertThat(found.stream().filter(f -> f.finding().rule().equals("missing-part")))
                .allSatisfy(f -> assertThat(f.waived()).isFalse());

        // Made an ERROR by the county, the waiver no longer applies.
        stored.add(setting("double-punctuation", true, Severity.ERROR));
        assertThat(service.findings(REPORT, text("一是推进，，落实。"))).noneMatch(ReportFinding::waived);
    }

    @Test
    void anErrorABlankReasonOrAFindingTheTextLacksCannotBeWaived() {
        report(text("一是推进，，落实。"));
        signedIn(Role.DRAFTER);
        assertThat(keyOf(() -> service.waive(REPORT, "missing-part", PartKind.LEADERSHIP, "", "没有该部分。")))
                .isEqualTo("check.api.waiver.error");
        assertThat(keyOf(() -> service.waive(REPORT, "double-punctuation", PartKind.MEASURES, "，，", " ")))
                .isEqualTo("check.api.waiver.reasonMissing");
        assertThat(keyOf(() -> service.waive(REPORT, "double-punctuation", PartKind.MEASURES, "。。", "理由")))
                .isEqualTo("check.api.waiver.noSuchFinding");
        verify(waivers, never()).save(any());
    }

    @Test
    void onlyAnAdminOfTheCountyReadsAndChangesTheSettings() {
        signedIn(Role.DRAFTER);
        assertThat(keyOf(() -> service.settings(COUNTY))).isEqualTo("check.api.settings.adminOnly");
        signedIn(Role.ADMIN);
        assertThat(keyOf(() -> service.settings(COUNTY + 1))).isEqualTo("check.api.settings.adminOnly");
        assertThat(keyOf(() -> service.updateSetting(COUNTY, "no-such-rule", true, null)))
                .isEqualTo("check.api.settings.unknownRule");

        stored.add(setting("part-folded", true, Severity.ERROR));
        List<RuleSetting> all = service.settings(COUNTY);
        assertThat(all).extracting(RuleSetting::rule).startsWith("missing-part", "part-folded", "part-order");
        assertThat(all)
                .filteredOn(s -> s.rule().equals("part-folded"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.standard()).isEqualTo(Severity.WARNING);
                    assertThat(s.effective()).isEqualTo(Severity.ERROR);
                });
        when(settings.findByCountyIdAndRule(COUNTY, "spacing")).thenReturn(Optional.empty());
        when(messages.get(eq(Messages.CHINESE), anyString(), any(Object[].class)))
                .thenAnswer(i -> i.getArgument(1));
        RuleSetting off = service.updateSetting(COUNTY, "spacing", false, null);
        assertThat(off.enabled()).isFalse();
        verify(settings).save(any());
        verify(events)
                .publishEvent(SecurityEvent.succeeded(
                        SecurityAction.SETTING_CHANGED, "admin", "county:" + COUNTY, "security.detail.setting"));
    }

    @Test
    void theYearComesFromTheTitleElseTheOpening() {
        assertThat(CheckService.yearOf(new ReportContent("某镇2023年法治政府建设工作情况报告", "2022年以来，……", List.of(), null)))
                .contains(2023);
        assertThat(CheckService.yearOf(new ReportContent("某镇法治政府建设情况报告", "2021年度，我镇……", List.of(), null)))
                .contains(2021);
        assertThat(CheckService.yearOf(new ReportContent("某镇法治政府建设情况报告", "今年以来，我镇……", List.of(), null)))
                .isEmpty();
    }

    private static ReportContent text(String measures) {
        return new ReportContent(
                "某镇2023年法治政府建设情况报告",
                "",
                List.of(new ReportPart(PartKind.MEASURES, "一、主要举措和成效", measures)),
                Closing.EMPTY);
    }

    private void report(ReportContent content) {
        when(reports.get(REPORT))
                .thenReturn(new ReportDetails(
                        REPORT,
                        3,
                        "某镇",
                        COUNTY,
                        2023,
                        ReportStatus.DRAFTING,
                        "Task_Draft",
                        null,
                        content,
                        0,
                        1,
                        null,
                        null,
                        List.of()));
    }

    private void signedIn(Role role) {
        when(org.currentUser())
                .thenReturn(new UserAccount(
                        1, role.name().toLowerCase(), "某人", null, COUNTY, 3L, "某镇", Set.of(role), Set.of(), "zh-CN"));
    }

    private static CheckRuleSetting setting(String rule, boolean enabled, Severity severity) {
        CheckRuleSetting s = new CheckRuleSetting(COUNTY, rule);
        s.change(enabled, severity, "admin", Instant.EPOCH);
        return s;
    }

    private static String keyOf(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        FlowException e = catchThrowableOfType(FlowException.class, call);
        assertThat(e).as("a FlowException").isNotNull();
        return e.messageKey();
    }
}
