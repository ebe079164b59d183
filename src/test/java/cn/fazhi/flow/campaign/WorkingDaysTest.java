package cn.fazhi.flow.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final WorkingDays days = new WorkingDays(SHANGHAI);

    @Test
    void shipsTheYearsItCovers() {
        assertThat(days.years()).contains(2025, 2026);
    }

    @Test
    void weekdaysWorkAndWeekendsRest() {
        assertThat(days.isWorkingDay(LocalDate.of(2025, 3, 3))).isTrue(); // Monday
        assertThat(days.isWorkingDay(LocalDate.of(2025, 3, 8))).isFalse(); // Saturday
        assertThat(days.isWorkingDay(LocalDate.of(2025, 3, 9))).isFalse(); // Sunday
    }

    @Test
    void adjustedSaturdaysAndSundaysAreWorkingDays() {
        assertThat(days.isWorkingDay(LocalDate.of(2025, 10, 11))).isTrue(); // 国庆调休, Saturday
        assertThat(days.isWorkingDay(LocalDate.of(2025, 9, 28))).isTrue(); // 国庆调休, Sunday
        assertThat(days.isWorkingDay(LocalDate.of(2025, 2, 8))).isTrue(); // 春节调休, Saturday
        assertThat(days.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue(); // 春节调休, Saturday
        assertThat(days.isWorkingDay(LocalDate.of(2026, 1, 4))).isTrue(); // 元旦调休, Sunday
    }

    @Test
    void holidaysOnWeekdaysAreDaysOff() {
        assertThat(days.isWorkingDay(LocalDate.of(2025, 10, 8))).isFalse(); // Wednesday in Golden Week
        assertThat(days.isWorkingDay(LocalDate.of(2025, 1, 28))).isFalse(); // 除夕 eve, Tuesday
        assertThat(days.isWorkingDay(LocalDate.of(2026, 2, 23))).isFalse(); // last day of Spring Festival, Monday
        assertThat(days.isWorkingDay(LocalDate.of(2025, 10, 9))).isTrue(); // first day back
    }

    @Test
    void goldenWeekPushesADeadlineOverTheHolidayAndCountsTheAdjustedSaturday() {
        // Tuesday 30 September 2025 + 2 working days: 1-8 October off, Thursday 9th is one, Friday 10th two.
        assertThat(days.plusWorkingDays(LocalDate.of(2025, 9, 30), 2)).isEqualTo(LocalDate.of(2025, 10, 10));
        // + 3: Saturday 11 October is worked (调休).
        assertThat(days.plusWorkingDays(LocalDate.of(2025, 9, 30), 3)).isEqualTo(LocalDate.of(2025, 10, 11));
    }

    @Test
    void springFestivalPushesADeadline() {
        // Friday 13 February 2026 + 1 working day: Saturday 14th is worked (调休).
        assertThat(days.plusWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
        // + 2: 15-23 February off, Tuesday 24th.
        assertThat(days.plusWorkingDays(LocalDate.of(2026, 2, 13), 2)).isEqualTo(LocalDate.of(2026, 2, 24));
    }

    @Test
    void afterKeepsTheTimeOfDay() {
        Date start =
                Date.from(ZonedDateTime.of(2025, 9, 30, 10, 15, 0, 0, SHANGHAI).toInstant());
        Date due = days.after(start, 2);
        assertThat(due.toInstant())
                .isEqualTo(
                        ZonedDateTime.of(2025, 10, 10, 10, 15, 0, 0, SHANGHAI).toInstant());
    }

    @Test
    void aYearWithoutAFileCountsWeekdays() {
        assertThat(days.isWorkingDay(LocalDate.of(2031, 10, 1))).isTrue(); // a Wednesday, no calendar
        assertThat(days.isWorkingDay(LocalDate.of(2031, 10, 4))).isFalse(); // Saturday
    }
}
