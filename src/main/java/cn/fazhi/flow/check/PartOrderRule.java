package cn.fazhi.flow.check;

import cn.fazhi.flow.check.CheckInput.Block;
import cn.fazhi.flow.check.CheckInput.Zone;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.report.ReportPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The parts present are not in the order MEASURES, SHORTCOMINGS, LEADERSHIP, NEXT_YEAR, OTHER. The parts that keep the
 * longest run in the right order stay; each other part is reported at its heading, with where it belongs.
 */
@Component
class PartOrderRule implements CheckRule {

    static final String ID = "part-order";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(CheckInput input) {
        List<PartKind> kinds =
                input.content().parts().stream().map(ReportPart::kind).toList();
        int n = kinds.size();
        if (n < 2) {
            return List.of();
        }
        // longest increasing subsequence by ordinal (at most five parts)
        int[] length = new int[n];
        int[] previous = new int[n];
        int best = 0;
        for (int i = 0; i < n; i++) {
            length[i] = 1;
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                if (kinds.get(j).ordinal() < kinds.get(i).ordinal() && length[j] + 1 > length[i]) {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }
            if (length[i] > length[best]) {
                best = i;
            }
        }
        if (length[best] == n) {
            return List.of();
        }
        boolean[] kept = new boolean[n];
        for (int i = best; i >= 0; i = previous[i]) {
            kept[i] = true;
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (kept[i]) {
                continue;
            }
            PartKind kind = kinds.get(i);
            PartKind after = null;
            for (int j = 0; j < n; j++) {
                if (j != i
                        && kinds.get(j).ordinal() < kind.ordinal()
                        && (after == null || kinds.get(j).ordinal() > after.ordinal())) {
                    after = kinds.get(j);
                }
            }
            String part = "#part." + kind.name();
            int position = i + 1;
            Finding finding = heading(input, kind)
                    .map(b -> Finding.at(ID, Severity.INFO, b, b.text(), "check.part-order.misplaced", part, position))
                    .orElseGet(() -> new Finding(
                            ID, Severity.INFO, kind, "check.part-order.misplaced", List.of(part, position)));
            findings.add(
                    after == null
                            ? finding.suggest("check.part-order.moveFirst", part)
                            : finding.suggest("check.part-order.moveAfter", part, "#part." + after.name()));
        }
        return findings;
    }

    private static Optional<Block> heading(CheckInput input, PartKind kind) {
        for (Block block : input.blocks()) {
            if (block.zone() == Zone.HEADING && block.part() == kind) {
                return Optional.of(block);
            }
        }
        return Optional.empty();
    }
}
