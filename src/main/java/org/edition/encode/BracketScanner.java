package org.edition.encode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.edition.diag.Diagnostics;

/**
 * Finds the square-bracket pairs of one block of text. Iterative (a stack, no recursion), so 500
 * levels of nesting cost nothing. Unmatched and empty brackets are reported at their own position;
 * they are left out of the result and so stay in the text as characters.
 */
public final class BracketScanner {
    private final SourceText source;
    private final Diagnostics diagnostics;
    private final boolean lenient;

    /**
     * @param lenient report bracket problems as warnings (the file is still written) instead of errors
     */
    public BracketScanner(SourceText source, Diagnostics diagnostics, boolean lenient) {
        this.source = source;
        this.diagnostics = diagnostics;
        this.lenient = lenient;
    }

    /** Pairs in [start, end) of the source text, sorted by opening offset. */
    public List<BracketPair> scan(int start, int end) {
        String text = source.text();
        Deque<Integer> open = new ArrayDeque<>();
        List<BracketPair> pairs = new ArrayList<>();
        boolean nestingReported = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '[') {
                if (!open.isEmpty() && !nestingReported) {
                    diagnostics.warning(source.positionOf(i), "W013",
                            "bracket nested inside the bracket opened at " + source.positionOf(open.peek())
                                    + "; encoded inner-inside-outer, check the reading");
                    nestingReported = true;
                }
                open.push(i);
            } else if (c == ']') {
                if (open.isEmpty()) {
                    problem(i, "E011", "stray ']' with no '[' before it in this paragraph; "
                            + "remove it or add the missing '['");
                } else {
                    int o = open.pop();
                    if (text.substring(o + 1, i).isBlank()) {
                        problem(o, "E012", "empty brackets '" + text.substring(o, i + 1)
                                + "'; remove them or put the missing words inside");
                    } else {
                        pairs.add(new BracketPair(o, i, open.size()));
                    }
                }
            }
        }
        while (!open.isEmpty()) {
            int o = open.removeLast();
            problem(o, "E010", "unclosed '[' (the paragraph ends at " + source.positionOf(end)
                    + "); add the missing ']'");
        }
        pairs.sort(Comparator.comparingInt(BracketPair::open));
        return pairs;
    }

    private void problem(int offset, String code, String message) {
        if (lenient) {
            diagnostics.warning(source.positionOf(offset), code, message + " (kept as text)");
        } else {
            diagnostics.error(source.positionOf(offset), code, message);
        }
    }
}
