package cn.fazhi.flow.base;

/**
 * Something the security log keeps, published by any feature as a Spring application event and recorded by the audit
 * feature: who ({@code actor}, a login; for a failed sign-in the login that was tried), what, on which object (a
 * short, untranslated reference such as {@code user:drafter1} or {@code township:12}), whether it succeeded, and a
 * detail for the log reader. When and from which address are added where it is recorded.
 */
public record SecurityEvent(SecurityAction action, String actor, String target, boolean success, String detail) {

    /** The actor of work nobody signed in started: start-up tasks (the demo data), scheduled jobs. */
    public static final String SYSTEM = "system";

    public static SecurityEvent succeeded(SecurityAction action, String actor, String target, String detail) {
        return new SecurityEvent(action, actor, target, true, detail);
    }

    public static SecurityEvent failed(SecurityAction action, String actor, String target, String detail) {
        return new SecurityEvent(action, actor, target, false, detail);
    }
}
