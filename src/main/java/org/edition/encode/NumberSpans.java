package org.edition.encode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edition.encode.Span.Priority;

/**
 * Numbers as {@code num} with {@code @value}; sums of money as {@code measure type="currency"} with
 * the {@code num} inside, so the amount and the currency are both machine-readable.
 */
public final class NumberSpans implements SpanFinder {
    private static final Pattern DIGITS = Pattern.compile(
            "\\d[\\d,]*(?:\\.\\d+)?(?:\\s+(?:thousand|million|billion|trillion))?");

    private final NumberRecognizer recognizer;

    public NumberSpans(NumberRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    @Override
    public List<Span> find(String text, BlockPairs pairs) {
        List<Span> out = new ArrayList<>();
        int base = pairs.start();
        for (NumberMatch m : recognizer.find(text.subSequence(base, pairs.end()))) {
            int s = base + m.start();
            int e = base + m.end();
            if (!"currency".equals(m.type())) {
                out.add(Span.whole("num", s, e, Priority.NUMBER).attr("type", m.type()).attr("value", m.value()));
                continue;
            }
            out.add(Span.whole("measure", s, e, Priority.NUMBER).attr("type", "currency")
                    .attr("unit", m.unit()).attr("quantity", m.value()));
            Matcher d = DIGITS.matcher(text).region(s, e);
            if (d.find()) {
                out.add(Span.whole("num", d.start(), d.end(), Priority.NUMBER).attr("value", m.value()));
            }
        }
        return out;
    }
}
