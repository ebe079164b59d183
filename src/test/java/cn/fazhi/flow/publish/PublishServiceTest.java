package cn.fazhi.flow.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.fazhi.flow.audit.AuditAction;
import cn.fazhi.flow.audit.AuditService;
import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.Role;
import cn.fazhi.flow.org.TownshipInfo;
import cn.fazhi.flow.org.TownshipKind;
import cn.fazhi.flow.org.UserAccount;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportDetails;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ReportStatus;
import cn.fazhi.flow.report.ReportSummary;
import cn.fazhi.flow.workflow.WorkflowService;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;

/** Publication rules with the collaborators mocked and the clock set. */
class PublishServiceTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final long REPORT = 7;
    private static final long COUNTY = 1;

    private final PublicationRepository publications = mock(PublicationRepository.class);
    private final ReportService reports = mock(ReportService.class);
    private final OrgService org = mock(OrgService.class);
    private final AuditService audit = mock(AuditService.class);
    private final WorkflowService workflow = mock(WorkflowService.class);
    private final Map<Long, Publication> stored = new HashMap<>();
    private ReportContent version;
    private PublicationDeadlines campaignDeadline;

    @BeforeEach
    void setUp() {
        version = PublishFixture.text(2024, PublishFixture.PARAGRAPH_ONE, PublishFixture.PARAGRAPH_THREE);
        when(reports.version(REPORT, 2)).thenAnswer(i -> version);
        when(publications.saveAndFlush(any())).thenAnswer(i -> {
            Publication p = i.getArgument(0);
            stored.put(p.getReportId(), p);
            return p;
        });
        when(publications.existsById(anyLong())).thenAnswer(i -> stored.containsKey(i.<Long>getArgument(0)));
        when(publications.findById(anyLong())).thenAnswer(i -> Optional.ofNullable(stored.get(i.<Long>getArgument(0))));
        when(org.township(3)).thenReturn(new TownshipInfo(3, "T-03", "试点街道", TownshipKind.TOWN, COUNTY, "试点县", false));
        signIn("admin", Role.ADMIN, COUNTY);
        report(ReportStatus.APPROVED);
    }

    private PublishService service(String at) {
        Clock clock = Clock.fixed(ZonedDateTime.parse(at).toInstant(), ZONE);
        @SuppressWarnings("unchecked")
        ObjectProvider<PublicationDeadlines> deadlines = mock(ObjectProvider.class);
        when(deadlines.getIfAvailable()).thenAnswer(i -> campaignDeadline);
        return new PublishService(publications, reports, org, audit, workflow, deadlines, json(), clock);
    }

    /** As Spring Boot configures it: unknown properties (a record's derived getters) are ignored. */
    private static ObjectMapper json() {
        return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    private void signIn(String username, Role role, long county) {
        UserAccount me =
                new UserAccount(1, username, username, null, county, null, null, Set.of(role), Set.of(), "zh-CN");
        when(org.currentUser()).thenReturn(me);
    }

    private void report(ReportStatus status) {
        when(reports.get(REPORT))
                .thenReturn(new ReportDetails(
                        REPORT, 3, "试点镇", COUNTY, 2024, status, null, "pi-7", version, 2, 5, null, null, List.of()));
        // The public list names the township as the report was written (it has since been renamed).
        when(reports.describe(REPORT)).thenReturn(new ReportSummary(REPORT, 3, "试点镇", 2024, status, null, 2, ""));
    }

    @Test
    void publishingKeepsTheCheckTheDateAndThePublicVersionAndCorrelatesTheProcess() {
        PublicationInfo info = service("2025-03-20T10:00:00+08:00").publish(REPORT, true, List.of());

        assertThat(info.checkedBy()).isEqualTo("admin");
        assertThat(info.checkedAt()).isEqualTo(Instant.parse("2025-03-20T02:00:00Z"));
        assertThat(info.publishedAt()).isEqualTo(Instant.parse("2025-03-20T02:00:00Z"));
        assertThat(info.version()).isEqualTo(2);
        assertThat(info.deadline()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(info.late()).isFalse();
        // The workflow correlates reportPublished and moves the report to PUBLISHED (WorkflowServiceTest).
        verify(workflow).published(REPORT);
        verify(audit).record(eq(REPORT), eq("admin"), eq(AuditAction.CONFIDENTIALITY_CHECKED), any(), any());
        verify(audit).record(eq(REPORT), eq("admin"), eq(AuditAction.PUBLISHED), any(), eq("2025-04-01"));
    }

    @Test
    void aReportPublishedAfterTheFirstOfAprilIsLate() {
        PublicationInfo info = service("2025-04-02T09:00:00+08:00").publish(REPORT, true, List.of());

        assertThat(info.late()).isTrue();
        assertThat(info.deadline()).isEqualTo(LocalDate.of(2025, 4, 1));
    }

    @Test
    void onTheDeadlineItselfItIsNotLate() {
        assertThat(service("2025-04-01T23:30:00+08:00")
                        .publish(REPORT, true, List.of())
                        .late())
                .isFalse();
    }

    @Test
    void aCampaignsDeadlineReplacesTheDefault() {
        campaignDeadline = (county, year) -> Optional.of(LocalDate.of(2025, 3, 15));

        PublicationInfo info = service("2025-03-20T10:00:00+08:00").publish(REPORT, true, List.of());

        assertThat(info.deadline()).isEqualTo(LocalDate.of(2025, 3, 15));
        assertThat(info.late()).isTrue();
    }

    @Test
    void withoutTheConfidentialityCheckNothingIsPublished() {
        PublishService publish = service("2025-03-20T10:00:00+08:00");

        assertThatThrownBy(() -> publish.publish(REPORT, false, List.of()))
                .isInstanceOfSatisfying(FlowException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FlowException.Kind.INVALID);
                    assertThat(e.messageKey()).isEqualTo("publish.error.notChecked");
                });
        assertThat(stored).isEmpty();
        verify(workflow, never()).published(anyLong());
        verify(reports, never()).moveTo(anyLong(), any(), any());
    }

    @Test
    void aReportNotApprovedIsAConflict() {
        report(ReportStatus.COUNTY_REVIEW);

        assertThatThrownBy(() -> service("2025-03-20T10:00:00+08:00").publish(REPORT, true, List.of()))
                .isInstanceOfSatisfying(
                        FlowException.class, e -> assertThat(e.kind()).isEqualTo(FlowException.Kind.CONFLICT));
        assertThat(stored).isEmpty();
    }

    @Test
    void publishingTwiceIsAConflict() {
        PublishService publish = service("2025-03-20T10:00:00+08:00");
        publish.publish(REPORT, true, List.of());

        assertThatThrownBy(() -> publish.publish(REPORT, true, List.of()))
                .isInstanceOfSatisfying(FlowException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FlowException.Kind.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("publish.error.alreadyPublished");
                });
    }

    @Test
    void aDrafterOrAnotherCountysAdminMayNotPublish() {
        PublishService publish = service("2025-03-20T10:00:00+08:00");
        signIn("drafter", Role.DRAFTER, COUNTY);
        assertThatThrownBy(() -> publish.publish(REPORT, true, List.of()))
                .isInstanceOfSatisfying(
                        FlowException.class, e -> assertThat(e.kind()).isEqualTo(FlowException.Kind.FORBIDDEN));
        assertThat(publish.canPublish(REPORT)).isFalse();

        signIn("other-admin", Role.ADMIN, 99);
        assertThatThrownBy(() -> publish.publish(REPORT, true, List.of()))
                .isInstanceOfSatisfying(
                        FlowException.class, e -> assertThat(e.kind()).isEqualTo(FlowException.Kind.FORBIDDEN));
        assertThat(stored).isEmpty();

        signIn("admin", Role.ADMIN, COUNTY);
        assertThat(publish.canPublish(REPORT)).isTrue();
    }

    @Test
    void redactionsChangeOnlyThePublicVersion() {
        PublishService publish = service("2025-03-20T10:00:00+08:00");
        ReportContent before = version;

        PublicationInfo info = publish.publish(REPORT, true, List.of(" 张三 ", "13800000000", "", "张三"));

        assertThat(info.redactions()).containsExactly("张三", "13800000000");
        ReportContent publicVersion = publish.publicVersion(REPORT);
        String measures = publicVersion.parts().get(0).body();
        assertThat(measures).contains("联系人■■■电话■■■。").doesNotContain("张三").doesNotContain("13800000000");
        assertThat(publicVersion.title()).isEqualTo(before.title());
        // The internal version is the service's and stays as it was.
        assertThat(version).isSameAs(before);
        assertThat(version.parts().get(0).body()).contains("张三电话13800000000");
        verify(reports, never()).saveDraft(anyLong(), any(), anyLong());
    }

    @Test
    void aPassageNotInTheTextIsRefusedAndNothingIsPublished() {
        PublishService publish = service("2025-03-20T10:00:00+08:00");

        assertThatThrownBy(() -> publish.publish(REPORT, true, List.of("李四")))
                .isInstanceOfSatisfying(FlowException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FlowException.Kind.INVALID);
                    assertThat(e.messageKey()).isEqualTo("publish.error.redactionNotFound");
                    assertThat(e.args()).containsExactly("李四");
                });
        assertThat(stored).isEmpty();
    }

    @Test
    void aLongerPassageIsRedactedBeforeAShorterOneInsideIt() {
        PublishService publish = service("2025-03-20T10:00:00+08:00");

        ReportContent preview = publish.preview(REPORT, List.of("张三", "联系人张三电话13800000000"));

        assertThat(preview.parts().get(0).body()).contains("二十场次，■■■。");
    }

    @Test
    void thePublicSeesOnlyPublishedReports() {
        PublishService publish = service("2025-03-20T10:00:00+08:00");
        assertThatThrownBy(() -> publish.publicVersion(REPORT))
                .isInstanceOfSatisfying(
                        FlowException.class, e -> assertThat(e.kind()).isEqualTo(FlowException.Kind.NOT_FOUND));

        publish.publish(REPORT, true, List.of());

        PublishedReport listed = publish.publishedReport(REPORT);
        assertThat(listed.county()).isEqualTo("试点县");
        assertThat(listed.township()).isEqualTo("试点镇");
        assertThat(listed.publishedOn()).isEqualTo(LocalDate.of(2025, 3, 20));
    }
}
