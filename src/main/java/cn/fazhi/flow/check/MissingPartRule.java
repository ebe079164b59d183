package cn.fazhi.flow.check;

import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportPart;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** A mandatory part (MEASURES, SHORTCOMINGS, LEADERSHIP, NEXT_YEAR) that is absent or empty blocks submission. */
@Component
class MissingPartRule implements CheckRule {

    static final String ID = "missing-part";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(CheckInput input) {
        ReportContent content = input.content();
        return Arrays.stream(PartKind.values())
                .filter(PartKind::mandatory)
                .filter(kind -> content.part(kind).map(ReportPart::isBlank).orElse(true))
                .map(kind ->
                        new Finding(ID, Severity.ERROR, kind, "check.missingPart", List.of("#part." + kind.name())))
                .toList();
    }
}
