package cn.fazhi.flow.check;

/** {@code ERROR} blocks a submission; the others inform. */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
