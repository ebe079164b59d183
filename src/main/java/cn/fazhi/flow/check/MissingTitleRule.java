package cn.fazhi.flow.check;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A report without a title (empty or blank). It does not block: the document prints the standard title built from the
 * township and the year in its place, which the drafter may take over with one click in the editor.
 */
@Component
class MissingTitleRule implements CheckRule {

    static final String ID = "missing-title";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(CheckInput input) {
        if (!input.content().title().isBlank()) {
            return List.of();
        }
        return List.of(new Finding(
                ID,
                Severity.WARNING,
                null,
                null,
                null,
                "",
                "check.missing-title.none",
                List.of(),
                "check.missing-title.add",
                List.of()));
    }
}
