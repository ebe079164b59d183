package cn.fazhi.flow.check;

import cn.fazhi.flow.report.PartKind;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A mandatory part (MEASURES, SHORTCOMINGS, LEADERSHIP, NEXT_YEAR) that is absent or empty, and whose content is found
 * nowhere else, blocks submission. When its content is folded into another part, {@link PartFoldedRule} reports that
 * instead.
 */
@Component
class MissingPartRule implements CheckRule {

    static final String ID = "missing-part";

    private final PartContentFinder finder = new PartContentFinder();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(CheckInput input) {
        List<Finding> findings = new ArrayList<>();
        for (PartKind kind : PartKind.values()) {
            if (kind.mandatory()
                    && PartContentFinder.absentOrEmpty(input, kind)
                    && finder.find(input, kind).isEmpty()) {
                String part = "#part." + kind.name();
                findings.add(new Finding(
                        ID,
                        Severity.ERROR,
                        kind,
                        null,
                        null,
                        "",
                        "check.missing-part.missing",
                        List.of(part),
                        "check.missing-part.add",
                        List.of(part, "#check.missing-part.heading." + kind.name())));
            }
        }
        return findings;
    }
}
