package cn.fazhi.flow.check;

import java.util.List;

/**
 * One rule of the pre-check. Rules are Spring beans: adding a rule is adding a bean. A rule is a pure function of its
 * input, cheap enough to run on every keystroke pause (the whole set checks a 15,000-character report in well under a
 * millisecond), and finds nothing in a clean report.
 */
public interface CheckRule {

    /** The stable id findings carry, e.g. {@code missing-part}. */
    String id();

    List<Finding> check(CheckInput input);
}
