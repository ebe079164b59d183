package cn.fazhi.flow.report;

import static cn.fazhi.flow.report.ReportStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.fazhi.flow.org.OrgService;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The moves a report's status may make, and {@link ReportService#moveTo} refusing any other. */
class ReportStatusTest {

    @Test
    void theDraftGoesToAReviewStepOrIsApprovedOutsideTheSystem() {
        assertThat(allowedFrom(DRAFTING)).containsExactlyInAnyOrder(DRAFTING, TOWNSHIP_REVIEW, LEGAL_REVIEW, APPROVED);
        assertThat(allowedFrom(RETURNED))
                .containsExactlyInAnyOrder(RETURNED, TOWNSHIP_REVIEW, LEGAL_REVIEW, COUNTY_REVIEW);
    }

    @Test
    void eachReviewStepMovesOnOrBack() {
        assertThat(allowedFrom(TOWNSHIP_REVIEW)).containsExactlyInAnyOrder(LEGAL_REVIEW, RETURNED, DRAFTING);
        assertThat(allowedFrom(LEGAL_REVIEW)).containsExactlyInAnyOrder(COUNTY_REVIEW, RETURNED, DRAFTING);
        assertThat(allowedFrom(COUNTY_REVIEW)).containsExactlyInAnyOrder(APPROVED, RETURNED, DRAFTING);
    }

    @Test
    void anApprovedReportIsOnlyPublishedAndAPublishedOneStays() {
        assertThat(allowedFrom(APPROVED)).containsExactly(PUBLISHED);
        assertThat(allowedFrom(PUBLISHED)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = ReportStatus.class,
            names = {"APPROVED", "PUBLISHED"})
    void moveToRefusesAnIllegalMoveAndKeepsTheStatus(ReportStatus from) {
        Report report = new Report(7L, "试点镇", 2024, Instant.EPOCH);
        report.setStatus(from);
        ReportService reports = serviceHolding(report);

        assertThatThrownBy(() -> reports.moveTo(42L, DRAFTING, "Task_Draft"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(from + " to DRAFTING");
        assertThat(report.getStatus()).isEqualTo(from);
    }

    @Test
    void moveToMakesALegalMove() {
        Report report = new Report(7L, "试点镇", 2024, Instant.EPOCH);
        ReportService reports = serviceHolding(report);

        reports.moveTo(42L, LEGAL_REVIEW, "Task_LegalReview");

        assertThat(report.getStatus()).isEqualTo(LEGAL_REVIEW);
        assertThat(report.getCurrentStep()).isEqualTo("Task_LegalReview");
    }

    /** A report service whose only report, id 42, is {@code report}. */
    private static ReportService serviceHolding(Report report) {
        ReportRepository repository = mock(ReportRepository.class);
        when(repository.findById(42L)).thenReturn(Optional.of(report));
        return new ReportService(
                repository,
                mock(ReportVersionRepository.class),
                mock(OrgService.class),
                new ObjectMapper(),
                Clock.systemUTC());
    }

    private static Set<ReportStatus> allowedFrom(ReportStatus from) {
        return Arrays.stream(values())
                .filter(from::canMoveTo)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReportStatus.class)));
    }
}
