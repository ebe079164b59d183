package cn.fazhi.flow.org;

import cn.fazhi.flow.base.FlowException;
import java.time.MonthDay;
import java.util.Collection;
import java.util.regex.Pattern;

/** What the organisation's data must look like: codes, logins, names, e-mails, phones, settings. Pure rules, no I/O. */
final class AdminRules {

    /** 行政区划代码 of a county: six digits. */
    private static final Pattern COUNTY_CODE = Pattern.compile("\\d{6}");

    /** A township's code: letters, digits and hyphens (行政区划代码 or a county's own numbering). */
    private static final Pattern TOWNSHIP_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,31}");

    /** A login: letters, digits, dot, hyphen, underscore, starting with a letter or digit. */
    private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}");

    /**
     * A mainland mobile number (11 digits from 13 to 19, optionally after +86 or 86) or a landline with its area code (0,
     * then 9 to 11 digits), once spaces and hyphens are left out.
     */
    private static final Pattern PHONE = Pattern.compile("(?:\\+?86)?1[3-9]\\d{9}|0\\d{9,11}");

    static final int MAX_NAME = 100;

    private AdminRules() {}

    static String countyCode(String code) {
        String c = strip(code);
        if (!COUNTY_CODE.matcher(c).matches()) {
            throw FlowException.invalid("error.admin.countyCode");
        }
        return c;
    }

    static String townshipCode(String code) {
        String c = strip(code);
        if (!TOWNSHIP_CODE.matcher(c).matches()) {
            throw FlowException.invalid("error.admin.townshipCode");
        }
        return c;
    }

    static String name(String name) {
        String n = strip(name);
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw FlowException.invalid("error.admin.name", MAX_NAME);
        }
        return n;
    }

    static String login(String login) {
        String l = strip(login);
        if (!LOGIN.matcher(l).matches()) {
            throw FlowException.invalid("error.admin.login");
        }
        return l;
    }

    /** An e-mail address or null (none). */
    static String email(String email) {
        String e = strip(email);
        if (e.isEmpty()) {
            return null;
        }
        if (e.length() > 200 || !EMAIL.matcher(e).matches()) {
            throw FlowException.invalid("error.admin.email", e);
        }
        return e;
    }

    /** A phone number or null (none). */
    static String phone(String phone) {
        String p = strip(phone);
        if (p.isEmpty()) {
            return null;
        }
        if (!PHONE.matcher(p.replaceAll("[ -]", "")).matches()) {
            throw FlowException.invalid("error.admin.phone", p);
        }
        return p;
    }

    static void settings(CountySettings settings) {
        if (settings == null || settings.publicationDue() == null) {
            throw FlowException.invalid("error.admin.settingsMissing");
        }
        reviewDays(settings.legalReviewDays());
        reviewDays(settings.countyReviewDays());
        if (settings.publicationDue().equals(MonthDay.of(2, 29))) {
            throw FlowException.invalid("error.admin.publicationDue");
        }
    }

    private static void reviewDays(int days) {
        if (days < CountySettings.MIN_REVIEW_DAYS || days > CountySettings.MAX_REVIEW_DAYS) {
            throw FlowException.invalid(
                    "error.admin.reviewDays", CountySettings.MIN_REVIEW_DAYS, CountySettings.MAX_REVIEW_DAYS);
        }
    }

    /**
     * Refuses a change that would leave the county without an active ADMIN: {@code otherActiveAdmins} counts the
     * county's active ADMINs other than the user changed, who keeps the role and stays active or not.
     */
    static void keepsAnAdmin(boolean adminAfter, long otherActiveAdmins) {
        if (!adminAfter && otherActiveAdmins == 0) {
            throw FlowException.conflict("error.admin.lastAdmin");
        }
    }

    /** A county ADMIN assigns the county roles only; the installation's roles are the system administrator's. */
    static void countyRolesOnly(Collection<Role> roles) {
        if (roles.stream().anyMatch(r -> !r.ofCounty())) {
            throw FlowException.invalid("error.admin.countyRolesOnly");
        }
    }

    /** A DRAFTER or TOWNSHIP_LEAD works for one township. */
    static void townshipWhereNeeded(Collection<Role> roles, Long townshipId) {
        if ((roles.contains(Role.DRAFTER) || roles.contains(Role.TOWNSHIP_LEAD)) && townshipId == null) {
            throw FlowException.invalid("error.admin.townshipRequired");
        }
    }

    /** Whether the rule accepts its value (for checks that list every problem instead of stopping at the first). */
    static boolean accepts(Runnable rule) {
        try {
            rule.run();
            return true;
        } catch (FlowException e) {
            return false;
        }
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
