package cn.fazhi.flow.check;

import cn.fazhi.flow.report.PartKind;

/** A finding as API clients read it: its place and excerpt, its message and suggested fix in the reader's language. */
public record DescribedFinding(
        String rule,
        Severity severity,
        PartKind part,
        Integer paragraph,
        Integer line,
        String excerpt,
        String message,
        String suggestion) {}
