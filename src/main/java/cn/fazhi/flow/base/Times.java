package cn.fazhi.flow.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Dates and times as the user reads them, in the server's time zone: the date in their language (2024年1月5日, Jan 5,
 * 2024), the time on the 24-hour clock that Chinese offices use (14:03:05).
 */
public final class Times {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private Times() {}

    /** Date and time to the minute. */
    public static String dateTime(Instant at, Locale locale, ZoneId zone) {
        if (at == null) {
            return "";
        }
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        var local = at.atZone(zone);
        return date.format(local) + " " + MINUTES.format(local);
    }

    /** A date in the reader's language (2026年12月3日, Dec 3, 2026). */
    public static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(date);
    }

    /**
     * A moment to the minute as an argument of a translated message (a refusal's "{0} 之后"), written in the language
     * the message is read in, as {@link #dateTime} writes it (2026年12月3日 17:00, Dec 3, 2026 17:00): the message
     * source resolves it with the message, so a refusal made in a service reads right in the UI and in the API.
     */
    public static MessageSourceResolvable dateTimeArgument(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        return new DefaultMessageSourceResolvable(
                new String[] {"times.dateTime"},
                new Object[] {local.getYear(), local.getMonthValue(), local.getDayOfMonth(), MINUTES.format(local)});
    }

    /** Time of day to the second. */
    public static String time(Instant at, ZoneId zone) {
        if (at == null) {
            return "";
        }
        return TIME.format(at.atZone(zone));
    }
}
