package cn.fazhi.flow.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Paired marks that are not closed, or closed without being opened, within a paragraph: “ ”, 《 》, （ ）, ( ), 【 】 and
 * 〔 〕. A full-width and a half-width bracket pair with each other (the mixed width is the half-width rule's finding).
 */
@Component
class UnbalancedQuotesRule implements CheckRule {

    static final String ID = "unbalanced-quotes";

    private static final String OPENING = "“《（(【〔";
    private static final String CLOSING = "”》）)】〕";

    /** The family of each mark above: （ and ( are one family. */
    private static final int[] FAMILY = {0, 1, 2, 2, 3, 4};

    private static final int CONTEXT = 8;

    /** Whether a character is one of the marks above: most characters are not, and are skipped at once. */
    private static final boolean[] PAIRED = CheckData.charSet(OPENING + CLOSING);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(CheckInput input) {
        List<Finding> findings = new ArrayList<>();
        for (CheckInput.Block block : input.blocks()) {
            String text = block.text();
            char[] t = input.chars(block);
            int[] stack = null;
            int depth = 0;
            for (int i = 0; i < t.length; i++) {
                char c = t[i];
                if (!PAIRED[c]) {
                    continue;
                }
                int open = OPENING.indexOf(c);
                if (open >= 0) {
                    if (stack == null) {
                        stack = new int[8];
                    } else if (depth == stack.length) {
                        stack = Arrays.copyOf(stack, depth * 2);
                    }
                    stack[depth++] = i;
                    continue;
                }
                int close = CLOSING.indexOf(c);
                if (close < 0) {
                    continue;
                }
                int match = -1;
                for (int k = depth - 1; k >= 0; k--) {
                    if (FAMILY[OPENING.indexOf(text.charAt(stack[k]))] == FAMILY[close]) {
                        match = k;
                        break;
                    }
                }
                if (match < 0) {
                    findings.add(unopened(block, text, i, close));
                    continue;
                }
                for (int k = depth - 1; k > match; k--) {
                    findings.add(unclosed(block, text, stack[k]));
                }
                depth = match;
            }
            for (int k = 0; k < depth; k++) {
                findings.add(unclosed(block, text, stack[k]));
            }
        }
        return findings;
    }

    private static Finding unclosed(CheckInput.Block block, String text, int at) {
        String mark = String.valueOf(text.charAt(at));
        String partner = String.valueOf(CLOSING.charAt(OPENING.indexOf(text.charAt(at))));
        return Finding.at(
                        ID,
                        Severity.WARNING,
                        block,
                        excerpt(text, at),
                        "check.unbalanced-quotes.unclosed",
                        mark,
                        partner,
                        at + 1)
                .suggest("check.unbalanced-quotes.unclosed.fix", partner);
    }

    private static Finding unopened(CheckInput.Block block, String text, int at, int close) {
        String mark = String.valueOf(text.charAt(at));
        String partner = String.valueOf(OPENING.charAt(close));
        return Finding.at(
                        ID,
                        Severity.WARNING,
                        block,
                        excerpt(text, at),
                        "check.unbalanced-quotes.unopened",
                        mark,
                        partner,
                        at + 1)
                .suggest("check.unbalanced-quotes.unopened.fix", partner, mark);
    }

    private static String excerpt(String text, int at) {
        return text.substring(Math.max(0, at - CONTEXT), Math.min(text.length(), at + CONTEXT + 1));
    }
}
