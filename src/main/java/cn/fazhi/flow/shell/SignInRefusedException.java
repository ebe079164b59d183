package cn.fazhi.flow.shell;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused whatever its password, until a time: the account is locked after too many wrong passwords, or the
 * client address failed too often. The login page and the API tell the user until when. Or for good: password sign-in
 * is switched off for this account (single sign-on only).
 */
final class SignInRefusedException extends AuthenticationException {

    /** Why, with the translation key of what the user is told. */
    enum Reason {
        LOCKED("error.signIn.locked"),
        THROTTLED("error.signIn.throttled"),
        /** Password sign-in is switched off ({@code fazhi.sso.password-login=false}); no time applies. */
        PASSWORD_OFF("error.signIn.passwordOff");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Reason reason;
    private final Instant until;

    SignInRefusedException(Reason reason, Instant until) {
        super(reason.name().toLowerCase(Locale.ROOT) + (until == null ? "" : " until " + until));
        this.reason = reason;
        this.until = until;
    }

    Reason reason() {
        return reason;
    }

    Instant until() {
        return until;
    }

    String messageKey() {
        return reason.messageKey;
    }

    /**
     * When the refusal ends as people read it, in the server's time zone: the time of day on the 24-hour clock Chinese
     * offices use (14:35), with the date in the user's language before it (2026年12月3日 14:35) when not today.
     */
    String untilText(Locale locale, Clock clock) {
        if (until == null) {
            return "";
        }
        ZonedDateTime end = until.atZone(clock.getZone());
        String time = TIME.format(end);
        if (end.toLocalDate().equals(LocalDate.now(clock))) {
            return time;
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(end)
                + " " + time;
    }
}
