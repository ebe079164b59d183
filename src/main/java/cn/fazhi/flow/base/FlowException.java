package cn.fazhi.flow.base;

import java.util.Arrays;

/**
 * A business failure whose message is a translation key. The REST layer and the UI translate it into the user's
 * language; nothing ever shows a stack trace.
 */
public class FlowException extends RuntimeException {

    /** What kind of failure this is, which decides the HTTP status. */
    public enum Kind {
        INVALID(400),
        FORBIDDEN(403),
        NOT_FOUND(404),
        CONFLICT(409),
        TOO_MANY(429);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] args;

    public FlowException(Kind kind, String messageKey, Object... args) {
        super(messageKey + Arrays.toString(args));
        this.kind = kind;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public static FlowException invalid(String key, Object... args) {
        return new FlowException(Kind.INVALID, key, args);
    }

    public static FlowException forbidden(String key, Object... args) {
        return new FlowException(Kind.FORBIDDEN, key, args);
    }

    public static FlowException notFound(String key, Object... args) {
        return new FlowException(Kind.NOT_FOUND, key, args);
    }

    public static FlowException conflict(String key, Object... args) {
        return new FlowException(Kind.CONFLICT, key, args);
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
