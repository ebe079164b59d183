package cn.fazhi.flow.check;

import cn.fazhi.flow.report.PartKind;
import java.util.List;

/**
 * One flaw a rule found, and where: the part (null for the title, opening or closing), the paragraph within it and the
 * line of the whole text (see {@link CheckInput}), with the offending excerpt. {@code messageKey}/{@code args} and
 * {@code suggestionKey}/{@code suggestionArgs} are translated for the reader; an argument that is itself a translation
 * key (a part's name) is given as {@code "#key"}.
 */
public record Finding(
        String rule,
        Severity severity,
        PartKind part,
        Integer paragraph,
        Integer line,
        String excerpt,
        String messageKey,
        List<Object> args,
        String suggestionKey,
        List<Object> suggestionArgs) {

    public Finding {
        excerpt = excerpt == null ? "" : excerpt;
        args = args == null ? List.of() : List.copyOf(args);
        suggestionArgs = suggestionArgs == null ? List.of() : List.copyOf(suggestionArgs);
    }

    /** A finding about the report as a whole or a part of it, with no place more precise than the part. */
    public Finding(String rule, Severity severity, PartKind part, String messageKey, List<Object> args) {
        this(rule, severity, part, null, null, "", messageKey, args, null, List.of());
    }

    /** A finding at a block of the text. */
    public static Finding at(
            String rule, Severity severity, CheckInput.Block block, String excerpt, String messageKey, Object... args) {
        return new Finding(
                rule,
                severity,
                block.part(),
                block.paragraph() > 0 ? block.paragraph() : null,
                block.line(),
                excerpt,
                messageKey,
                List.of(args),
                null,
                List.of());
    }

    /** The same finding with a suggested fix. */
    public Finding suggest(String key, Object... suggestionArgs) {
        return new Finding(
                rule, severity, part, paragraph, line, excerpt, messageKey, args, key, List.of(suggestionArgs));
    }

    /** The same finding with another severity (a county's setting). */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(
                rule, newSeverity, part, paragraph, line, excerpt, messageKey, args, suggestionKey, suggestionArgs);
    }

    public boolean blocking() {
        return severity == Severity.ERROR;
    }
}
