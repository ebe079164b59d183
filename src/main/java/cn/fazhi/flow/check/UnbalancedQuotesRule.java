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

    /** Per character: its index in {@link #OPENING} plus one, or minus its index in {@link #CLOSING} minus one. */
    private static final byte[] ROLE = new byte[Character.MAX_VALUE + 1];

    static {
        for (int k = 0; k < OPENING.length(); k++) {
            ROLE[OPENING.charAt(k)] = (byte) (k + 1);
            ROLE[CLOSING.charAt(k)] = (byte) -(k + 1);
        }
    }

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
            for (int i : input.nonHan(block)) {
                char c = t[i];
                int role = ROLE[c];
                if (role == 0) {
                    continue; // not a bracket or quote: the usual case
                }
                if (role > 0) {
                    if (stack == null) {
                        stack = new int[8];
                    } else if (depth == stack.length) {
                        stack = Arrays.copyOf(stack, depth * 2);
                    }
                    stack[depth++] = i;
                    continue;
                }
                int close = -role - 1;
                int match = -1;
                for (int k = depth - 1; k >= 0; k--) {
                    if (FAMILY[ROLE[t[stack[k]]] - 1] == FAMILY[close]) {
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
