package cn.fazhi.flow.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParagraphsTest {

    @Test
    void linesAreStrippedAndBlankOnesDropped() {
        assertThat(Paragraphs.of("  一、加强学习\n\n　　（一）组织领导。 \n   \n二、存在不足\n"))
                .containsExactly("一、加强学习", "（一）组织领导。", "二、存在不足");
    }

    @Test
    void everyLineTerminatorOfARegularExpressionCutsALine() {
        for (String terminator : new String[] {"\n", "\r", "\r\n", "\u000B", "\u000C", "\u0085", "\u2028", "\u2029"}) {
            assertThat(Paragraphs.of("甲" + terminator + "乙" + terminator + terminator + "丙" + terminator))
                    .as("U+%04X", (int) terminator.charAt(0))
                    .containsExactly("甲", "乙", "丙");
        }
        assertThat(Paragraphs.of("甲\n乙\r\n丙\u2029丁")).containsExactly("甲", "乙", "丙", "丁");
    }

    @Test
    void nothingToCutGivesNoParagraphs() {
        assertThat(Paragraphs.of(null)).isEmpty();
        assertThat(Paragraphs.of(" \n\u3000\n")).isEmpty();
        assertThat(Paragraphs.of("一段")).containsExactly("一段");
    }
}
