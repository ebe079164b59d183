package cn.fazhi.flow.report;

import java.util.Arrays;
import java.util.List;

/** A part's body split into its paragraphs: its non-blank lines, trimmed, numbered from 1 by their position. */
public final class Paragraphs {

    private Paragraphs() {}

    public static List<String> of(String body) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        return Arrays.stream(body.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }
}
