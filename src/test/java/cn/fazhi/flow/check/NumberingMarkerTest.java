package cn.fazhi.flow.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link NumberingMarker#read} reads by hand the markers its documentation gives as regular expressions. */
class NumberingMarkerTest {

    private static final String N = "([一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})";
    private static final Pattern PAREN = Pattern.compile("^[（(][ \\t\\u3000]*" + N + "[ \\t\\u3000]*[）)]([、.．，,]?)");
    private static final Pattern HALF_PAREN = Pattern.compile("^" + N + "[）)]([、.．，,]?)");
    private static final Pattern CHINESE = Pattern.compile("^([一二三四五六七八九十]{1,3})([、.．])");
    private static final Pattern ARABIC = Pattern.compile("^([0-9０-９]{1,2})[ \\t]*(?:(、)|([.．])(?![0-9０-９]))");

    @Test
    void theHandReadingAgreesWithTheExpressionsOnGeneratedLines() {
        String alphabet = "（()）一二三十四1290０９、.．，, \t\u3000加x";
        Random random = new Random(20261122);
        int markers = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder line = new StringBuilder();
            for (int i = random.nextInt(8); i >= 0; i--) {
                line.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            line.append("工作");
            String text = line.toString();
            String expected = byExpressions(text);
            NumberingMarker read = NumberingMarker.read(text);
            assertThat(read == null ? null : read.style() + read.value() + "|" + read.marker() + "|" + read.stray())
                    .as(text)
                    .isEqualTo(expected);
            markers += read == null ? 0 : 1;
        }
        assertThat(markers).as("lines with a marker").isGreaterThan(10_000);
    }

    @Test
    void markersAndTheirFlaws() {
        assertThat(NumberingMarker.read("（三）、加强")).satisfies(m -> {
            assertThat(m.style()).isEqualTo(NumberingMarker.STYLE_PAREN_CHINESE);
            assertThat(m.value()).isEqualTo(3);
            assertThat(m.stray()).isEqualTo("、");
            assertThat(m.end()).isEqualTo(4);
        });
        assertThat(NumberingMarker.read("十二）加强").missingBracket()).isTrue();
        assertThat(NumberingMarker.read("12. 加强")).satisfies(m -> {
            assertThat(m.style()).isEqualTo(NumberingMarker.STYLE_ARABIC_DOT);
            assertThat(m.blanks()).isTrue();
        });
        assertThat(NumberingMarker.read("[bookmark: _GoBack]一、加强").start()).isEqualTo(19);
        assertThat(NumberingMarker.read("1.5倍")).isNull();
        assertThat(NumberingMarker.read("一二三四、加强")).isNull();
        assertThat(NumberingMarker.read("第三部分"))
                .extracting(NumberingMarker::value)
                .isEqualTo(3);
    }

    /** The marker the expressions read, as style, value, marker and stray text; null for none. */
    private static String byExpressions(String text) {
        char first = text.charAt(0);
        boolean chinese = "一二三四五六七八九十".indexOf(first) >= 0;
        Matcher m;
        if (first == '（' || first == '(') {
            m = PAREN.matcher(text);
            if (!m.lookingAt()) {
                return null;
            }
            String style = "一二三四五六七八九十".indexOf(m.group(1).charAt(0)) >= 0
                    ? NumberingMarker.STYLE_PAREN_CHINESE
                    : NumberingMarker.STYLE_PAREN_ARABIC;
            return shown(
                    style, m.group(1), text.substring(0, m.end() - m.group(2).length()), m.group(2));
        }
        m = HALF_PAREN.matcher(text);
        if (m.lookingAt()) {
            String style = chinese ? NumberingMarker.STYLE_PAREN_CHINESE : NumberingMarker.STYLE_PAREN_ARABIC;
            return shown(
                    style, m.group(1), text.substring(0, m.end() - m.group(2).length()), m.group(2));
        }
        if (chinese) {
            m = CHINESE.matcher(text);
            if (!m.lookingAt()) {
                return null;
            }
            String style = m.group(2).equals("、") ? NumberingMarker.STYLE_CHINESE : NumberingMarker.STYLE_CHINESE_DOT;
            return shown(style, m.group(1), text.substring(0, m.end()), "");
        }
        m = ARABIC.matcher(text);
        if (!m.lookingAt()) {
            return null;
        }
        String style = m.group(2) != null ? NumberingMarker.STYLE_ARABIC_COMMA : NumberingMarker.STYLE_ARABIC_DOT;
        return shown(style, m.group(1), text.substring(0, m.end()), "");
    }

    private static String shown(String style, String digits, String marker, String stray) {
        return style + NumberingMarker.number(digits) + "|" + marker + "|" + stray;
    }
}
