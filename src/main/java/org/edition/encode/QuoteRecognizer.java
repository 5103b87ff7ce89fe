package org.edition.encode;

import java.util.ArrayList;
import java.util.List;
import org.edition.encode.Span.Priority;

/**
 * Finds quoted stretches in a block: a short designation ("authorization letters") becomes
 * {@code soCalled}, anything longer {@code q}. The quotation marks stay inside the element, so the
 * translator's choice of straight or curly quotes survives without a rendering convention.
 * Stateless.
 */
public final class QuoteRecognizer {
    private static final int MAX_SO_CALLED_WORDS = 5;

    public List<Span> find(String text, int start, int end) {
        List<Span> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            char close = c == '"' ? '"' : c == '“' ? '”' : 0;
            if (close != 0 && opensQuote(text, i, start)) {
                int j = text.indexOf(close, i + 1);
                if (j > i + 1 && j < end && !text.substring(i + 1, j).contains("\n\n")) {
                    String inner = text.substring(i + 1, j);
                    boolean designation = inner.strip().split("\\s+").length <= MAX_SO_CALLED_WORDS
                            && inner.chars().noneMatch(ch -> ch == '.' || ch == '!' || ch == '?' || ch == ',');
                    out.add(Span.whole(designation ? "soCalled" : "q", i, j + 1, Priority.QUOTE));
                    i = j + 1;
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    private static boolean opensQuote(String text, int i, int start) {
        if (i == start) {
            return true;
        }
        char before = text.charAt(i - 1);
        return Character.isWhitespace(before) || "([—–-/:;".indexOf(before) >= 0;
    }
}
