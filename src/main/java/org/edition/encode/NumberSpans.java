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
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    /** "2 October", "October 2": a day without a year is not a count (and not a full date either). */
    private static final Pattern MONTH_AFTER = Pattern.compile("^\\s+" + MONTH + "\\b");
    private static final Pattern MONTH_BEFORE = Pattern.compile("\\b" + MONTH + "\\s+$");
    /** "23.40 hrs", "10 o'clock": a time of day, not a quantity. */
    private static final Pattern TIME_AFTER = Pattern.compile("^\\s*(?:hrs\\b|hours\\b|h\\b|o'clock|a\\.m\\.|p\\.m\\.)");

    private final NumberRecognizer recognizer;

    public NumberSpans(NumberRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    @Override
    public List<Span> find(String text, BlockPairs pairs) {
        List<Span> out = new ArrayList<>();
        int base = pairs.start();
        if (!hasDigit(text, base, pairs.end())) {
            return out; // every form recognised here has a digit: most paragraphs are skipped at once
        }
        for (NumberMatch m : recognizer.find(text.subSequence(base, pairs.end()))) {
            int s = base + m.start();
            int e = base + m.end();
            if (dayOfMonth(text, s, e) || TIME_AFTER.matcher(text.substring(e, Math.min(text.length(), e + 10))).find()) {
                continue;
            }
            if (!"currency".equals(m.type())) {
                out.add(Span.whole("num", s, e, Priority.NUMBER).attr("type", m.type()).attr("value", m.value()));
                continue;
            }
            out.add(Span.whole("measure", s, e, Priority.NUMBER).attr("type", "currency")
                    .attr("unit", m.unit() == null ? null : m.unit().replaceAll("\\s+", "-"))
                    .attr("quantity", m.value()));
            Matcher d = DIGITS.matcher(text).region(s, e);
            if (d.find()) {
                out.add(Span.whole("num", d.start(), d.end(), Priority.NUMBER).attr("value", m.value()));
            }
        }
        return out;
    }

    private static boolean dayOfMonth(String text, int s, int e) {
        if (e - s > 2 || e - s < 1 || !Character.isDigit(text.charAt(s)) || !Character.isDigit(text.charAt(e - 1))) {
            return false;
        }
        return MONTH_AFTER.matcher(text.substring(e, Math.min(text.length(), e + 12))).find()
                || MONTH_BEFORE.matcher(text.substring(Math.max(0, s - 12), s)).find();
    }

    private static boolean hasDigit(String text, int from, int to) {
        return DateSpans.hasDigit(text, from, to);
    }
}
