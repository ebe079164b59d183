package cn.fazhi.flow.check;

import cn.fazhi.flow.check.CheckInput.Zone;
import cn.fazhi.flow.check.PartContentFinder.Place;
import cn.fazhi.flow.report.PartKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The content of a mandatory part that has no part of its own stands inside another part (e.g. the 第一责任人 duties as
 * a sub-item of 主要举措): said where, so the drafter can lift it into a part of its own. A warning; a county setting
 * can make it an error.
 */
@Component
class PartFoldedRule implements CheckRule {

    static final String ID = "part-folded";

    private final PartContentFinder finder = new PartContentFinder();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(CheckInput input) {
        List<Finding> findings = new ArrayList<>();
        for (PartKind kind : PartKind.values()) {
            if (!kind.mandatory() || !PartContentFinder.absentOrEmpty(input, kind)) {
                continue;
            }
            Optional<Place> place = finder.find(input, kind);
            if (place.isEmpty()) {
                continue;
            }
            Place p = place.get();
            String part = "#part." + kind.name();
            Finding finding;
            if (p.block().zone() == Zone.OPENING) {
                finding = Finding.at(
                        ID,
                        Severity.WARNING,
                        p.block(),
                        p.excerpt(),
                        "check.part-folded.inOpening",
                        part,
                        p.block().paragraph());
            } else if (p.block().zone() == Zone.HEADING) {
                finding = Finding.at(
                        ID,
                        Severity.WARNING,
                        p.block(),
                        p.excerpt(),
                        "check.part-folded.inHeading",
                        part,
                        "#part." + p.block().part().name());
            } else {
                finding = Finding.at(
                        ID,
                        Severity.WARNING,
                        p.block(),
                        p.excerpt(),
                        "check.part-folded.found",
                        part,
                        "#part." + p.block().part().name(),
                        p.block().paragraph());
            }
            findings.add(finding.suggest("check.part-folded.separate", part));
        }
        return findings;
    }
}
