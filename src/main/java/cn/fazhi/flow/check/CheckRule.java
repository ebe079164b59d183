package cn.fazhi.flow.check;

import cn.fazhi.flow.report.ReportContent;
import java.util.List;

/** One rule of the pre-check. Rules are Spring beans: adding a rule is adding a bean. */
public interface CheckRule {

    /** The stable id findings carry, e.g. {@code missing-part}. */
    String id();

    List<Finding> check(ReportContent content);
}
