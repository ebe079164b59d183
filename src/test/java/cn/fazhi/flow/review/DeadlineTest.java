package cn.fazhi.flow.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.base.Times;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * What a deadline says of the time left, in the words the task list, the editor and the report page use, read at
 * 2026-12-03 09:00 in Shanghai: the days counted as the campaign board counts them (a started day late is a day
 * overdue), and the day alone for a deadline at the end of a day.
 */
class DeadlineTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Clock NOW = Clock.fixed(at(2026, 12, 3, 9, 0), SHANGHAI);
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final ResourceBundleMessageSource messages = messages();

    @Test
    void dueLaterToday() {
        Deadline today = Deadline.of(at(2026, 12, 3, 17, 0), NOW);

        assertThat(today.overdue()).isFalse();
        assertThat(remaining(today)).isEqualTo("今天到期");
        assertThat(submitBy(today)).isEqualTo("须于2026年12月3日 17:00 前提交（今天到期）");
        assertThat(remaining(Deadline.of(NOW.instant(), NOW))).isEqualTo("今天到期");
    }

    @Test
    void aDayMeansItsEndAndIsWrittenAsTheDayAlone() {
        Deadline endOfToday = Deadline.of(at(2026, 12, 4, 0, 0), NOW);

        assertThat(endOfToday.endOfDay()).isTrue();
        assertThat(endOfToday.lastDay()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(remaining(endOfToday)).isEqualTo("今天到期");
        assertThat(submitBy(endOfToday)).isEqualTo("须于2026年12月3日前提交（今天到期）");
    }

    @Test
    void dueTomorrow() {
        assertThat(remaining(Deadline.of(at(2026, 12, 4, 8, 0), NOW))).isEqualTo("明天到期");
        assertThat(remaining(Deadline.of(at(2026, 12, 4, 17, 0), NOW))).isEqualTo("剩 1 天");
        assertThat(submitBy(Deadline.of(at(2026, 12, 5, 0, 0), NOW))).isEqualTo("须于2026年12月4日前提交（剩 1 天）");
        assertThat(remaining(Deadline.of(at(2026, 12, 13, 17, 0), NOW))).isEqualTo("剩 10 天");
    }

    @Test
    void aStartedDayLateIsADayOverdue() {
        Deadline yesterday = Deadline.of(at(2026, 12, 2, 17, 0), NOW);
        Deadline endOfYesterday = Deadline.of(at(2026, 12, 3, 0, 0), NOW);
        Deadline aMinuteAgo = Deadline.of(at(2026, 12, 3, 8, 59), NOW);

        assertThat(yesterday.overdue()).isTrue();
        assertThat(remaining(yesterday)).isEqualTo("逾期 1 天");
        assertThat(remaining(endOfYesterday)).isEqualTo("逾期 1 天");
        assertThat(submitBy(endOfYesterday)).isEqualTo("须于2026年12月2日前提交（逾期 1 天）");
        assertThat(remaining(aMinuteAgo)).isEqualTo("逾期 1 天");
        assertThat(remaining(Deadline.of(at(2026, 12, 1, 8, 0), NOW))).isEqualTo("逾期 3 天");
    }

    @Test
    void theBoardCountsTheSameDays() {
        Instant now = NOW.instant();

        assertThat(Deadline.daysLeft(at(2026, 12, 3, 8, 0), now)).isEqualTo(-1);
        assertThat(Deadline.daysLeft(at(2026, 12, 3, 17, 0), now)).isZero();
        assertThat(Deadline.daysLeft(at(2026, 12, 4, 9, 0), now)).isEqualTo(1);
    }

    private String remaining(Deadline deadline) {
        return messages.getMessage(
                "deadline.remaining." + deadline.remaining().name(), new Object[] {deadline.days()}, CHINESE);
    }

    /** The editor's sentence, as {@code DeadlineLine} builds it. */
    private String submitBy(Deadline deadline) {
        String when = deadline.endOfDay()
                ? Times.date(deadline.lastDay(), CHINESE)
                : Times.dateTime(deadline.due(), CHINESE, SHANGHAI);
        String key = deadline.endOfDay() ? "deadline.submitBy.day" : "deadline.submitBy.time";
        return messages.getMessage(key, new Object[] {when, remaining(deadline)}, CHINESE);
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(SHANGHAI).toInstant();
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
