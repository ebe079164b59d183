package cn.fazhi.flow.document;

import java.util.List;

/**
 * The text of an upload as lines in reading order, before it is split into a report. {@code level} is a line's Word
 * heading level (1 for Heading 1 / 标题 1 or outline level 1, 0 for body text, -1 for the Title style); a table row
 * is one line with its cells separated by {@link #CELL_SEPARATOR}.
 */
record SourceLines(List<Line> lines, int imagesSkipped, int tables) {

    /** Between the cells of a table row: a fullwidth vertical line, which the editor shows as a column rule. */
    static final String CELL_SEPARATOR = "｜";

    record Line(String text, int level) {}

    SourceLines {
        lines = List.copyOf(lines);
    }

    boolean hasHeadingStyles() {
        return lines.stream().anyMatch(l -> l.level() == 1);
    }

    String text() {
        StringBuilder s = new StringBuilder();
        for (Line line : lines) {
            s.append(line.text()).append('\n');
        }
        return s.toString();
    }
}
