package org.edition.encode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edition.encode.Span.Priority;

/**
 * Times of day as {@code time} with {@code @when} (XML Schema's time, {@code HH:MM:SS}), and a span
 * of time ("10:00–12:30", "4 to 6 p.m." is not one: both ends need their own clock) with
 * {@code @from} and {@code @to}: "10:00", "4 p.m.", "10.30 a.m." is not read (a dot is as often a
 * decimal point). Minutes are two digits, so a ratio such as "3:2" is left alone (a verse, "John 3:16",
 * is not: it reads as a time).
 */
public final class TimeSpans implements SpanFinder {
    /** "a.m.", "p.m" or "pm": a final dot only after a dotted a or p ("at 6pm." ends a sentence). */
    private static final String HALF = "([apAP])(?:\\.[mM]\\.?|[mM])(?!\\p{L})";
    /** A clock time: "10:00", "10:00 a.m.", "4 p.m.", "4pm". */
    private static final Pattern CLOCK = Pattern.compile("(?<![\\p{L}\\d:.,/])(?:([01]?\\d|2[0-3]):([0-5]\\d)"
            + "(?:\\s?" + HALF + ")?|(1[0-2]|0?[1-9])\\s?" + HALF + ")(?![\\d:])");
    /** What joins the two ends of a span of time. */
    private static final Pattern BETWEEN = Pattern.compile("\\s?[–—-]\\s?|\\s+to\\s+");

    @Override
    public List<Span> find(String text, BlockPairs pairs) {
        List<Span> out = new ArrayList<>();
        int base = pairs.start();
        if (!hasClockMark(text, base, pairs.end())) {
            return out; // no digit before a colon, an a or a p: most paragraphs are skipped at once
        }
        Matcher m = CLOCK.matcher(text).useTransparentBounds(true);
        int i = base;
        while (i < pairs.end()) {
            // a time begins a run of digits: the pattern is tried there only, not at every character
            if (!isDigit(text.charAt(i)) || i > base && isDigit(text.charAt(i - 1))
                    || !m.region(i, pairs.end()).lookingAt()) {
                i++;
                continue;
            }
            String when = clock(m);
            int end = m.end();
            String to = null;
            Matcher between = BETWEEN.matcher(text).region(end, pairs.end());
            if (between.lookingAt()) {
                Matcher second = CLOCK.matcher(text).region(between.end(), pairs.end()).useTransparentBounds(true);
                if (second.lookingAt() && (to = clock(second)) != null) {
                    end = second.end();
                }
            }
            if (when != null) {
                Span s = Span.whole("time", i, end, Priority.DATE);
                out.add(to == null ? s.attr("when", when) : s.attr("from", when).attr("to", to));
            }
            i = end;
        }
        return out;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean hasClockMark(String text, int from, int to) {
        for (int i = from; i < to - 1; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                char next = text.charAt(i + 1) == ' ' && i + 2 < to ? text.charAt(i + 2) : text.charAt(i + 1);
                if (next == ':' || next == 'a' || next == 'p' || next == 'A' || next == 'P') {
                    return true;
                }
            }
        }
        return false;
    }

    /** The time a match gives, as {@code HH:MM:SS}; null for "14:00 pm". */
    private static String clock(Matcher m) {
        boolean withMinutes = m.group(1) != null;
        int hour = Integer.parseInt(withMinutes ? m.group(1) : m.group(4));
        int minute = withMinutes ? Integer.parseInt(m.group(2)) : 0;
        String half = withMinutes ? m.group(3) : m.group(5);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (half.equalsIgnoreCase("p") ? 12 : 0);
        }
        return String.format("%02d:%02d:00", hour, minute);
    }
}
