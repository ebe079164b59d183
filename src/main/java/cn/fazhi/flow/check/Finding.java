package cn.fazhi.flow.check;

import cn.fazhi.flow.report.PartKind;
import java.util.List;

/**
 * One flaw a rule found. {@code messageKey} and {@code args} are translated for the reader; an argument that is itself
 * a translation key (a part's name) is given as {@code "#key"}.
 */
public record Finding(
        String rule, Severity severity, PartKind part, Integer paragraph, String messageKey, List<Object> args) {

    public Finding {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public boolean blocking() {
        return severity == Severity.ERROR;
    }
}
