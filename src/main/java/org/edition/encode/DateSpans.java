package org.edition.encode;

import java.util.ArrayList;
import java.util.List;
import org.edition.encode.Span.Priority;

/** Dates as {@code date} spans with ISO {@code @when} or {@code @from}/{@code @to}. */
public final class DateSpans implements SpanFinder {
    private final DateRecognizer recognizer;

    public DateSpans(DateRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    @Override
    public List<Span> find(String text, BlockPairs pairs) {
        List<Span> out = new ArrayList<>();
        int base = pairs.start();
        if (!hasDigit(text, base, pairs.end())) {
            return out; // every form recognised here has a digit: most paragraphs are skipped at once
        }
        for (DateMatch m : recognizer.find(text.subSequence(base, pairs.end()))) {
            out.add(Span.whole("date", base + m.start(), base + m.end(), Priority.DATE)
                    .attr("when", m.when()).attr("from", m.from()).attr("to", m.to())
                    .attr("notBefore", m.notBefore()).attr("notAfter", m.notAfter()));
        }
        return out;
    }

    static boolean hasDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
