package cn.fazhi.flow.audit;

import cn.fazhi.flow.base.FlowException;
import cn.fazhi.flow.base.SecurityAction;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Which entries of the security log to read; a null field matches every entry. {@code from} is inclusive and
 * {@code to} exclusive; {@code user} a login; {@code action} a {@link SecurityAction} or a decision
 * ({@link AuditAction#DECISIONS}); {@code success} true for succeeded, false for failed.
 */
public record SecurityLogFilter(Instant from, Instant to, String user, String action, Boolean success) {

    /** Every entry. */
    public static final SecurityLogFilter ALL = new SecurityLogFilter(null, null, null, null, null);

    /** The results as the API names them. */
    public static final String SUCCESS = "SUCCESS";

    public static final String FAILURE = "FAILURE";

    public SecurityLogFilter {
        if (from != null && to != null && !from.isBefore(to)) {
            throw FlowException.invalid("audit.error.timeRange");
        }
        user = user == null || user.isBlank() ? null : user.strip();
        if (action != null && !actions().contains(action)) {
            throw FlowException.invalid("audit.error.unknownAction", action);
        }
    }

    /** Every action the log holds: the security actions, then the process decisions. */
    public static List<String> actions() {
        return Stream.concat(
                        Stream.of(SecurityAction.values()).map(Enum::name),
                        AuditAction.DECISIONS.stream().map(Enum::name))
                .toList();
    }

    /**
     * Reads the API's parameters (each may be absent): {@code from} and {@code to} a day ({@code 2026-12-01}; for
     * {@code to} the whole day is included) or a date and time, in the server's time zone unless it carries an offset
     * ({@code 2026-12-01T08:30}, {@code 2026-12-01T08:30:00Z}); {@code result} {@code SUCCESS} or {@code FAILURE}.
     * Anything else is a 400 with a translated message.
     */
    public static SecurityLogFilter parse(
            String from, String to, String user, String action, String result, ZoneId zone) {
        return new SecurityLogFilter(
                time(from, zone, false),
                time(to, zone, true),
                user,
                action == null || action.isBlank() ? null : action.strip().toUpperCase(Locale.ROOT),
                success(result));
    }

    private static Instant time(String text, ZoneId zone, boolean endOfDay) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            if (t.length() <= 10) {
                LocalDate day = LocalDate.parse(t);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(t, Instant::from, LocalDateTime::from);
            return parsed instanceof LocalDateTime local ? local.atZone(zone).toInstant() : (Instant) parsed;
        } catch (DateTimeException e) {
            throw FlowException.invalid("audit.error.badTime", text);
        }
    }

    private static Boolean success(String result) {
        if (result == null || result.isBlank()) {
            return null;
        }
        return switch (result.strip().toUpperCase(Locale.ROOT)) {
            case SUCCESS -> true;
            case FAILURE -> false;
            default -> throw FlowException.invalid("audit.error.unknownResult", result);
        };
    }
}
