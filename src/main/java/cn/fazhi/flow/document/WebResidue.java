package cn.fazhi.flow.document;

/**
 * Recognises a line that is a web page's residue, not report text (发布时间, 来源, 阅读次数, 打印本页 …, a weekday date
 * line): an import marks such lines and leaves them out of the draft. The pre-check provides it from the patterns of
 * its rule {@code stray-text}, so that the patterns are kept in one place.
 */
@FunctionalInterface
public interface WebResidue {

    /** Whether this line (stripped) is wholly web-page residue. */
    boolean isResidue(String line);
}
