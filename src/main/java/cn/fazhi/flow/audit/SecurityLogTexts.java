package cn.fazhi.flow.audit;

import cn.fazhi.flow.base.SecurityAction;
import cn.fazhi.flow.base.SecurityEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An entry of the security log in words, in one language, for the auditor's page and the .xlsx export: the time as
 * people read it (2026年12月3日 14:03:05), who by name and login, the action, the object and the result translated.
 */
public final class SecurityLogTexts {

    /** The columns of the page's grid and of the export, in their order; each is headed {@code security.column.X}. */
    public static final List<String> COLUMNS =
            List.of("time", "who", "address", "action", "target", "result", "detail");

    /** Looks up a translation, as a view's {@code getTranslation} does. */
    @FunctionalInterface
    public interface Translation {
        String get(String key, Object... args);
    }

    /** A target written {@code kind:reference}, such as {@code user:drafter1}, or a kind alone. */
    private static final Pattern TARGET = Pattern.compile("([a-z][a-z-]*)(?::(.+))?");

    /** A detail that is a translation key of the log, as the sign-in events give them. */
    private static final Pattern DETAIL_KEY = Pattern.compile("security\\.detail\\.[A-Za-z]+");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Translation t;
    private final DateTimeFormatter date;
    private final ZoneId zone;

    public SecurityLogTexts(Translation translation, Locale locale, ZoneId zone) {
        this.t = translation;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.zone = zone;
    }

    public String header(String column) {
        return t.get("security.column." + column);
    }

    /** The text of an entry in one of the {@link #COLUMNS}. */
    public String cell(String column, SecurityLogEntry entry) {
        return switch (column) {
            case "time" -> time(entry.at());
            case "who" -> who(entry);
            case "address" -> entry.address() == null ? "" : entry.address();
            case "action" -> action(entry.action());
            case "target" -> target(entry);
            case "result" -> result(entry);
            case "detail" -> detail(entry);
            default -> throw new IllegalArgumentException(column);
        };
    }

    public String time(Instant at) {
        var local = at.atZone(zone);
        return date.format(local) + " " + TIME.format(local);
    }

    /** The user's name and login; the system, or nobody signed in, in words. */
    public String who(SecurityLogEntry entry) {
        if (SecurityEvent.SYSTEM.equals(entry.actor())) {
            return t.get("security.who.system");
        }
        if (entry.actor().isEmpty()) {
            return t.get("security.who.nobody");
        }
        return entry.actorName() == null ? entry.actor() : t.get("security.who", entry.actorName(), entry.actor());
    }

    /** An action of the log: a security action, or a decision of a report's history. */
    public String action(String action) {
        boolean security =
                Stream.of(SecurityAction.values()).anyMatch(a -> a.name().equals(action));
        return t.get((security ? "security.action." : "audit.action.") + action);
    }

    /** The object: its kind translated ({@code user:drafter1} → 用户 drafter1); a request as it was made. */
    public String target(SecurityLogEntry entry) {
        Matcher m = TARGET.matcher(entry.target());
        if (!m.matches()) {
            return entry.target();
        }
        String named = t.get("security.target." + m.group(1), m.group(2) == null ? "" : m.group(2));
        return named.startsWith("!") ? entry.target() : named;
    }

    public String result(SecurityLogEntry entry) {
        return t.get(entry.success() ? "security.result.success" : "security.result.failure");
    }

    /**
     * The detail, translated where the event gave a translation key ({@code security.detail.wrongPassword}); for a
     * decision, the step it was taken in before it.
     */
    public String detail(SecurityLogEntry entry) {
        String detail = entry.detail();
        if (DETAIL_KEY.matcher(detail).matches()) {
            String translated = t.get(detail);
            detail = translated.startsWith("!") ? detail : translated;
        }
        if (entry.step() == null || entry.step().isBlank()) {
            return detail;
        }
        String step = t.get("step." + entry.step());
        return detail.isBlank() ? step : t.get("security.detail.step", step, detail);
    }
}
