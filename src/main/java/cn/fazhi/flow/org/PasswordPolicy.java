package cn.fazhi.flow.org;

import cn.fazhi.flow.base.FlowException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a password chosen by its user must be: at least 8 characters, of at least three of the four kinds (lower case,
 * upper case, digits, anything else), not containing the login, and at most the 72 bytes BCrypt reads. Pure rules, no
 * I/O; whether it repeats an earlier password is {@link Passwords}'s question.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;

    /** BCrypt ignores what follows its first 72 bytes (and Spring Security refuses a longer password). */
    static final int MAX_BYTES = 72;

    static final int MIN_KINDS = 3;

    /** A login this short would forbid too many passwords by being part of them. */
    private static final int MIN_LOGIN_CHECKED = 3;

    private PasswordPolicy() {}

    /** Refuses (400, translated) a password that breaks a rule, the first rule it breaks. */
    static void check(String login, String password) {
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw FlowException.invalid("error.password.tooShort", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw FlowException.invalid("error.password.tooLong");
        }
        if (kinds(password) < MIN_KINDS) {
            throw FlowException.invalid("error.password.kinds", MIN_KINDS);
        }
        if (login.length() >= MIN_LOGIN_CHECKED
                && password.toLowerCase(Locale.ROOT).contains(login.toLowerCase(Locale.ROOT))) {
            throw FlowException.invalid("error.password.containsLogin");
        }
    }

    /** How many of the four kinds of character the password has. */
    static int kinds(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); ) {
            int c = password.codePointAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
            i += Character.charCount(c);
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
