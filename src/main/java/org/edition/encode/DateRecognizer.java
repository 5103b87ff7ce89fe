package org.edition.encode;

import static org.edition.encode.TextChars.isAlnum;
import static org.edition.encode.TextChars.isAsciiDigit;
import static org.edition.encode.TextChars.isSpace;
import static org.edition.encode.TextChars.partners;
import static org.edition.encode.TextChars.widen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds calendar dates in the raw text of one block of an English translation and normalises them to
 * ISO 8601 for TEI {@code <date>}.
 *
 * <p>Recognized forms, where any component may be a translator's bracketed insertion ({@code 6 March
 * [1962]}, {@code [6 March] 1962}):
 * <ul>
 *   <li>day-month-year and month-day-year with full or abbreviated month names and optional ordinals
 *       ({@code 6 March 1962}, {@code the 3rd of May, 1957}, {@code Mar. 6, 1962}), optionally after a
 *       weekday ({@code Tuesday, 6 March 1962}), which is then part of the span;</li>
 *   <li>day.month.year with a Roman month ({@code 6.III.62}, {@code 6.III.1962}) or a numeric month and
 *       four-digit year ({@code 06.03.1962}), and ISO {@code 1962-03-06};</li>
 *   <li>month and year ({@code March 1962}, {@code March of 1962});</li>
 *   <li>ranges with a dash, "to", or "and" after "between" ({@code 12–15 June 1984},
 *       {@code June 12–15, 1984}, {@code 12 June–15 July 1984}, {@code June–July 1984},
 *       {@code from 12 to 15 June 1984}, {@code 1962–1963}); the span leaves out "from" and
 *       "between";</li>
 *   <li>a bare year 1000–2099 right after a temporal cue ({@code in}, {@code since}, {@code mid-}, {@code
 *       summer}, ...); the span is the year alone;</li>
 *   <li>a day and a month without a year ({@code 20 May}, {@code May 20}, {@code 22–23 May},
 *       {@code 30 June–2 July}), with the month written out: normalised as {@code --MM-DD} (XML
 *       Schema's gMonthDay, which TEI's date attributes take), the year never guessed.</li>
 * </ul>
 * An impossible date ({@code 31 June 1962}, {@code June 31}) is reported with {@code impossible} set and
 * no ISO value. A following {@code [sic]} or {@code [sic!]} joins the span.
 *
 * <p>No match splits a bracket pair, matches do not overlap, and they come sorted by start. The scan is
 * linear in the length of the text. Instances are immutable and thread-safe.
 */
public final class DateRecognizer {

    /** Two-digit years ({@code 6.III.62}) are read in this century unless the caller says otherwise. */
    public static final int DEFAULT_TWO_DIGIT_YEAR_BASE = 1900;

    // These bounds make every attempt at one position constant-time, so a block scans in linear time
    // whatever it contains; real dates never come near them.
    private static final int MAX_SIC_SPACES = 3;

    private static final int MIN_YEAR = 1000;
    private static final int MAX_YEAR = 2099;
    /** "1500–2000" next to a noun is far more often a quantity than a period; real periods are shorter. */
    private static final int MAX_YEAR_RANGE = 100;

    private static final Map<String, Integer> MONTHS = months();
    /** How many days a list of them ("3, 4, 5 and 6 May") may name before its month. */
    private static final int MAX_LISTED_DAYS = 6;
    private static final Set<String> MONTH_ABBREVIATIONS =
            Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    private static final Set<String> WEEKDAYS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");
    private static final Set<String> WEEKDAY_ABBREVIATIONS =
            Set.of("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");
    private static final Map<String, Integer> ROMAN_MONTHS = romanMonths();
    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");
    private static final Set<String> YEAR_CUES = Set.of(
            "in", "since", "by", "of", "until", "from", "during", "before", "after", "early", "late", "mid",
            "summer", "spring", "autumn", "fall", "winter");
    private static final String[] SIC = {"[sic]", "[sic!]"};

    private final int twoDigitYearBase;

    public DateRecognizer() {
        this(DEFAULT_TWO_DIGIT_YEAR_BASE);
    }

    /** @param twoDigitYearBase added to a two-digit year, e.g. 1900 reads {@code 6.III.62} as 1962 */
    public DateRecognizer(int twoDigitYearBase) {
        if (twoDigitYearBase < 0 || twoDigitYearBase > 9900) {
            throw new IllegalArgumentException("two-digit year base out of range: " + twoDigitYearBase);
        }
        this.twoDigitYearBase = twoDigitYearBase;
    }

    /** Returns the dates in {@code raw}, sorted by start and not overlapping. */
    public List<DateMatch> find(CharSequence raw) {
        Objects.requireNonNull(raw, "raw");
        return new Scan(raw.toString(), twoDigitYearBase).run();
    }

    private static Map<String, Integer> months() {
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december"};
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            m.put(names[i], i + 1);
            m.put(names[i].substring(0, 3), i + 1);
        }
        m.put("sept", 9);
        return Map.copyOf(m);
    }

    private static Map<String, Integer> romanMonths() {
        String[] numerals = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < numerals.length; i++) {
            m.put(numerals[i], i + 1);
            m.put(numerals[i].toLowerCase(Locale.ROOT), i + 1);
        }
        return Map.copyOf(m);
    }

    // ---- character classes of the boundary checks ----

    private static boolean isDash(int cp) {
        return cp == '-' || cp == '\u2010' || cp == '\u2011' || cp == '\u2012' || cp == '\u2013'
                || cp == '\u2014' || cp == '\u2212';
    }

    /** Characters that glue a number to its neighbour in identifiers, decimals and file references. */
    private static boolean isJoiner(int cp) {
        return isDash(cp) || cp == '/' || cp == '\\' || cp == '_' || cp == ':' || cp == '.' || cp == ','
                || cp == '\'' || cp == '\u2019';
    }


    /** A parsed component: its value and the token after it. */
    private record Comp(int value, int next) {}

    /** A calendar point; {@code d} or {@code m} is 0 when the text does not give it. */
    private record Point(int y, int m, int d, int next) {}

    /** A candidate at one token, before the boundary and bracket checks. */
    private record Cand(int first, int next, String when, String from, String to, boolean impossible,
            boolean monthFirst) {}

    /** The state of one call; never shared, which is what keeps the recognizer itself thread-safe. */
    private static final class Scan extends DateTokens {
        private final int base;
        private final int[] partner;

        Scan(String s, int base) {
            super(s);
            this.base = base;
            this.partner = partners(s);
        }

        List<DateMatch> run() {
            List<DateMatch> out = new ArrayList<>();
            List<Cand> cands = new ArrayList<>();
            int lastEnd = 0;
            int i = 0;
            while (i < count) {
                if (kind[i] == NUM || kind[i] == WORD) {
                    cands.clear();
                    collect(i, cands);
                    DateMatch best = null;
                    for (Cand c : cands) {
                        DateMatch m = realise(c, lastEnd);
                        // Leftmost-longest: a range beats the single date it starts with.
                        if (m != null && (best == null || m.end() > best.end())) {
                            best = m;
                        }
                    }
                    if (best != null) {
                        out.add(best);
                        lastEnd = best.end();
                        while (i < count && tokStart[i] < lastEnd) {
                            i++;
                        }
                        continue;
                    }
                }
                i++;
            }
            return out;
        }

        // ---- candidates ----

        private void collect(int i, List<Cand> out) {
            boolean between = cuedBy(i, "between");
            boolean fromCue = cuedBy(i, "from");

            int afterWeekday = weekdayThen(i);
            if (afterWeekday >= 0) {
                Point p = fullDate(afterWeekday);
                if (p != null) {
                    out.add(point(i, p, false));
                }
            }
            Point f = fullDate(i);
            if (f != null) {
                out.add(point(i, f, false));
                Point g = fullDate(dash(f.next(), true, between));
                if (g != null) {
                    addRange(out, i, f, g, false);
                }
            }
            // "by 25.IV.": a day and a Roman month, the year not given
            Point r = dottedRomanWithoutYear(i);
            if (r != null) {
                out.add(point(i, r, false));
            }

            Comp d1 = day(i);
            if (d1 != null) {
                // 17 and 18 April 1961; 3, 4 and 5 May: a day listed before another takes its month and year
                Point listed = listedBefore(d1.next());
                if (listed != null) {
                    out.add(point(i, new Point(listed.y(), listed.m(), d1.value(), d1.next()), false));
                }
                // 12–15 June 1984
                Point b = fullDayMonthYear(dash(d1.next(), true, between));
                if (b != null) {
                    addRange(out, i, new Point(b.y(), b.m(), d1.value(), d1.next()), b, false);
                }
                // 22–23 May, without a year
                Point b0 = yearlessDayMonth(dash(d1.next(), true, between));
                if (b0 != null) {
                    addRange(out, i, new Point(0, b0.m(), d1.value(), d1.next()), b0, false);
                }
                // the night of 16/17 April [1961]: a night from one day to the next
                int nextDay = isPunct(d1.next(), '/') ? d1.next() + 1 : -1;
                Point n = fullDayMonthYear(nextDay);
                Point n0 = n != null ? n : yearlessDayMonth(nextDay);
                if (n0 != null && n0.d() == d1.value() + 1) {
                    addRange(out, i, new Point(n0.y(), n0.m(), d1.value(), d1.next()), n0, false);
                }
                Point a = dayMonth(i);
                if (a != null) {
                    // 12 June–15 July 1984
                    Point b2 = fullDayMonthYear(dash(a.next(), true, between));
                    if (b2 != null) {
                        addRange(out, i, new Point(b2.y(), a.m(), a.d(), a.next()), b2, false);
                    }
                    // 20 May; 30 June–2 July
                    if (yearlessDayMonth(i) != null) {
                        out.add(point(i, a, false));
                        Point b3 = yearlessDayMonth(dash(a.next(), true, between));
                        if (b3 != null) {
                            addRange(out, i, a, b3, false);
                        }
                    } else if (!possible(0, a.m(), a.d())) {
                        out.add(impossible(i, a.next(), false));
                    }
                }
            }

            Comp m1 = month(i);
            if (m1 != null) {
                Point a = monthDay(i);
                if (a != null) {
                    int j = dash(a.next(), true, between);
                    // June 12–15, 1984
                    Comp d2 = day(j);
                    if (d2 != null) {
                        Comp y = year(sep(d2.next(), true, false));
                        if (y != null) {
                            addRange(out, i, new Point(y.value(), a.m(), a.d(), a.next()),
                                    new Point(y.value(), a.m(), d2.value(), y.next()), true);
                        }
                    }
                    // June 12 – July 15, 1984
                    Point b = fullMonthDayYear(j);
                    if (b != null) {
                        addRange(out, i, new Point(b.y(), a.m(), a.d(), a.next()), b, true);
                    }
                    // May 20; June 12–15; June 30 – July 2
                    if (yearlessMonthDay(i) != null) {
                        out.add(point(i, a, true));
                        if (d2 != null) {
                            addRange(out, i, a, new Point(0, a.m(), d2.value(), d2.next()), true);
                        }
                        Point b3 = yearlessMonthDay(j);
                        if (b3 != null) {
                            addRange(out, i, a, b3, true);
                        }
                    } else if (!possible(0, a.m(), a.d())) {
                        out.add(impossible(i, a.next(), true));
                    }
                }
                Point my = monthYear(i);
                if (my != null) {
                    out.add(point(i, my, true));
                    // June 1984 – July 1985
                    Point b = monthYear(dash(my.next(), true, between));
                    if (b != null) {
                        addRange(out, i, my, b, true);
                    }
                }
                // June–July 1984
                Point b = monthYear(dash(m1.next(), true, between));
                if (b != null) {
                    addRange(out, i, new Point(b.y(), m1.value(), 0, m1.next()), b, true);
                }
            }

            Comp y1 = year(i);
            if (y1 != null) {
                // "1962 to 1963" alone is as often a count as a period; "from" or "between" settles it.
                Comp y2 = year(dash(y1.next(), fromCue, between));
                if (y2 != null && y2.value() > y1.value() && y2.value() - y1.value() <= MAX_YEAR_RANGE) {
                    out.add(new Cand(i, y2.next(), null, year4(y1.value()), year4(y2.value()), false, false));
                }
                if (yearCued(i)) {
                    out.add(new Cand(i, y1.next(), year4(y1.value()), null, null, false, false));
                }
            }
        }

        private Cand point(int first, Point p, boolean monthFirst) {
            if (!possible(p.y(), p.m(), p.d())) {
                return impossible(first, p.next(), monthFirst);
            }
            return new Cand(first, p.next(), iso(p), null, null, false, monthFirst);
        }

        private static Cand impossible(int first, int next, boolean monthFirst) {
            return new Cand(first, next, null, null, null, true, monthFirst);
        }

        private static void addRange(List<Cand> out, int first, Point a, Point b, boolean monthFirst) {
            if (!possible(a.y(), a.m(), a.d()) || !possible(b.y(), b.m(), b.d())) {
                out.add(impossible(first, b.next(), monthFirst));
            } else if (compare(a, b) < 0) {
                // A reversed range is more likely two separate references than a period; leave it.
                out.add(new Cand(first, b.next(), null, iso(a), iso(b), false, monthFirst));
            }
        }

        private static int compare(Point a, Point b) {
            if (a.y() != b.y()) {
                return Integer.compare(a.y(), b.y());
            }
            if (a.m() != b.m()) {
                return Integer.compare(a.m(), b.m());
            }
            return Integer.compare(a.d(), b.d());
        }

        // ---- turning a candidate into a match ----

        private DateMatch realise(Cand c, int lastEnd) {
            // "32 March 1962" is a broken date, not the month "March 1962".
            if (c.monthFirst() && numberBefore(c.first())) {
                return null;
            }
            int start = tokStart[c.first()];
            int end = tokEnd[c.next() - 1];
            if (!boundaryBefore(c.first()) || !boundaryAfter(end)) {
                return null;
            }
            int[] span = widen(s, partner, start, end);
            if (span == null || span[0] < lastEnd) {
                return null;
            }
            return new DateMatch(span[0], takeSic(span[1]), c.when(), c.from(), c.to(), null, null,
                    c.impossible());
        }

        private int takeSic(int end) {
            int p = end;
            for (int k = 0; k < MAX_SIC_SPACES && p < s.length() && isSpace(s.charAt(p)); k++) {
                p++;
            }
            for (String sic : SIC) {
                if (s.regionMatches(true, p, sic, 0, sic.length()) && partner[p] == p + sic.length() - 1) {
                    return p + sic.length();
                }
            }
            return end;
        }

        private boolean boundaryBefore(int tok) {
            int at = tokStart[tok];
            if (at == 0) {
                return true;
            }
            int cp = s.codePointBefore(at);
            if (isAlnum(cp) || cp == '$' || cp == '\u00a3' || cp == '\u20ac' || cp == '\u00a5' || cp == '#'
                    || cp == '\u2116') {
                return false;
            }
            if (!isJoiner(cp)) {
                return true;
            }
            if (isDash(cp) && tok >= 2 && tokEnd[tok - 2] == tokStart[tok - 1] && kind[tok - 2] == WORD
                    && lower(tok - 2).equals("mid")) {
                return true;
            }
            int before = at - Character.charCount(cp);
            if (before == 0) {
                return true;
            }
            int cp2 = s.codePointBefore(before);
            return cp == ',' ? !isAsciiDigit(cp2) : !isAlnum(cp2);
        }

        private boolean boundaryAfter(int end) {
            if (end >= s.length()) {
                return true;
            }
            int cp = s.codePointAt(end);
            if (isAlnum(cp) || cp == '%') {
                return false;
            }
            if (!isJoiner(cp)) {
                return true;
            }
            int next = end + Character.charCount(cp);
            if (next >= s.length()) {
                return true;
            }
            int cp2 = s.codePointAt(next);
            return cp == ',' ? !isAsciiDigit(cp2) : !isAlnum(cp2);
        }

        private boolean numberBefore(int tok) {
            int j = tok - 1;
            if (isKind(j, SPACE)) {
                j--;
            }
            if (isKind(j, WORD) && isKind(j - 1, NUM) && tokEnd[j - 1] == tokStart[j]
                    && ORDINAL_SUFFIXES.contains(lower(j))) {
                return true;
            }
            return isKind(j, NUM);
        }

        // ---- cues ----

        private int previousWord(int i) {
            int j = i - 1;
            for (int k = 0; k < MAX_SOFT && isSoft(j); k++) {
                j--;
            }
            return j < i - 1 && isKind(j, WORD) ? j : -1;
        }

        private boolean cuedBy(int i, String word) {
            int j = previousWord(i);
            return j >= 0 && lower(j).equals(word);
        }

        private boolean yearCued(int i) {
            int j = i - 1;
            for (int k = 0; k < MAX_SOFT && isSoft(j); k++) {
                j--;
            }
            // "mid-1962", "mid-[1962]"
            if (isKind(j, PUNCT) && isDash(s.charAt(tokStart[j])) && isKind(j - 1, WORD)
                    && lower(j - 1).equals("mid")) {
                return true;
            }
            j = previousWord(i);
            return j >= 0 && (YEAR_CUES.contains(lower(j)) || secondOfTwoYears(j));
        }

        /**
         * "of 1944 and 1945", "in 1956 or 1957": the year after "and" or "or" (word {@code j}) is a
         * date where the year before is one.
         */
        private boolean secondOfTwoYears(int j) {
            if (!(lower(j).equals("and") || lower(j).equals("or"))) {
                return false;
            }
            int y = j - 1;
            for (int k = 0; k < MAX_SOFT && isSoft(y); k++) {
                y--;
            }
            return y >= 0 && y < j - 1 && year(y) != null && previousWord(y) >= 0
                    && YEAR_CUES.contains(lower(previousWord(y)));
        }

        // ---- composite forms ----

        private Point fullDate(int i) {
            Point p = fullDayMonthYear(i);
            if (p == null) {
                p = fullMonthDayYear(i);
            }
            if (p == null) {
                p = dotted(i);
            }
            if (p == null) {
                p = isoDate(i);
            }
            return p;
        }

        private Point fullDayMonthYear(int i) {
            Comp d = day(i);
            if (d == null) {
                return null;
            }
            Comp m = month(sep(d.next(), false, true));
            if (m == null) {
                return null;
            }
            Comp y = year(sep(m.next(), true, false));
            return y == null ? null : new Point(y.value(), m.value(), d.value(), y.next());
        }

        private Point fullMonthDayYear(int i) {
            Comp m = month(i);
            if (m == null) {
                return null;
            }
            Comp d = day(sep(m.next(), false, false));
            if (d == null) {
                return null;
            }
            Comp y = year(sep(d.next(), true, false));
            return y == null ? null : new Point(y.value(), m.value(), d.value(), y.next());
        }

        /*
         * A day and month without a year, where they may stand as a date of their own: the day
         * possible, the month written out ("Jan 5" may be a name and a number, "Jan. 5" is not).
         */
        private Point yearlessDayMonth(int i) {
            Comp d = day(i);
            return d != null && writtenOut(sep(d.next(), false, true)) ? yearless(dayMonth(i)) : null;
        }

        private Point yearlessMonthDay(int i) {
            return writtenOut(i) ? yearless(monthDay(i)) : null;
        }

        private static Point yearless(Point p) {
            return p != null && possible(0, p.m(), p.d()) ? p : null;
        }

        private boolean writtenOut(int month) {
            return isKind(month, WORD) && (!MONTH_ABBREVIATIONS.contains(lower(month)) || isPunct(month + 1, '.'));
        }

        private Point dayMonth(int i) {
            Comp d = day(i);
            if (d == null) {
                return null;
            }
            Comp m = month(sep(d.next(), false, true));
            return m == null ? null : new Point(0, m.value(), d.value(), m.next());
        }

        private Point monthDay(int i) {
            Comp m = month(i);
            if (m == null) {
                return null;
            }
            Comp d = day(sep(m.next(), false, false));
            return d == null ? null : new Point(0, m.value(), d.value(), d.next());
        }

        private Point monthYear(int i) {
            Comp m = month(i);
            if (m == null) {
                return null;
            }
            Comp y = year(sep(m.next(), true, true));
            return y == null ? null : new Point(y.value(), m.value(), 0, y.next());
        }

        /** 6.III.62, 6.III.1962, 06.03.1962: day first, as in the European documents translated. */
        private Point dotted(int i) {
            if (!isKind(i, NUM) || length(i) > 2 || !isPunct(i + 1, '.') || !isPunct(i + 3, '.')
                    || !isKind(i + 4, NUM) || adjacentWord(i + 4)) {
                return null;
            }
            int d = intValue(i);
            int m;
            boolean roman;
            if (isKind(i + 2, WORD)) {
                Integer r = ROMAN_MONTHS.get(text(i + 2));
                if (r == null) {
                    return null;
                }
                m = r;
                roman = true;
            } else if (isKind(i + 2, NUM) && length(i + 2) <= 2) {
                m = intValue(i + 2);
                roman = false;
            } else {
                return null;
            }
            int y;
            if (length(i + 4) == 4) {
                y = intValue(i + 4);
                if (y < MIN_YEAR || y > MAX_YEAR) {
                    return null;
                }
            } else if (roman && length(i + 4) == 2) {
                // A two-digit year is only safe beside a Roman month; 6.3.62 could be a section number.
                y = base + intValue(i + 4);
            } else {
                return null;
            }
            if (d < 1 || d > 31 || m < 1 || m > 12) {
                return null;
            }
            return new Point(y, m, d, i + 5);
        }

        /** 25.IV.: a day and a Roman month with their full stops, no year after them (25.4. may be a section's number). */
        private Point dottedRomanWithoutYear(int i) {
            if (!isKind(i, NUM) || length(i) > 2 || !isPunct(i + 1, '.') || !isKind(i + 2, WORD) || !isPunct(i + 3, '.')
                    || isKind(i + 4, NUM)) {
                return null;
            }
            Integer m = ROMAN_MONTHS.get(text(i + 2));
            int d = intValue(i);
            return m == null || d < 1 || !possible(0, m, d) ? null : new Point(0, m, d, i + 4);
        }

        private Point isoDate(int i) {
            if (!isKind(i, NUM) || length(i) != 4 || !isPunct(i + 1, '-') || !isKind(i + 2, NUM)
                    || length(i + 2) != 2 || !isPunct(i + 3, '-') || !isKind(i + 4, NUM) || length(i + 4) != 2
                    || adjacentWord(i + 4)) {
                return null;
            }
            int y = intValue(i);
            int m = intValue(i + 2);
            int d = intValue(i + 4);
            if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > 31) {
                return null;
            }
            return new Point(y, m, d, i + 5);
        }

        /** The token after "Tuesday, " or "Tues. the ", or -1. */
        private int weekdayThen(int i) {
            if (!isKind(i, WORD) || !capitalisedAt(i)) {
                return -1;
            }
            String w = lower(i);
            if (!WEEKDAYS.contains(w)) {
                return -1;
            }
            int next = i + 1;
            if (WEEKDAY_ABBREVIATIONS.contains(w) && isPunct(next, '.')) {
                next++;
            }
            int j = sep(next, true, false);
            if (j >= 0 && isWordExactly(j, "the")) {
                int k = skipSoft(j + 1);
                return k == j + 1 ? -1 : k;
            }
            return j;
        }

        // ---- single components ----

        private Comp day(int i) {
            if (!isKind(i, NUM) || length(i) > 2) {
                return null;
            }
            int v = intValue(i);
            if (v < 1 || v > 31) {
                return null;
            }
            int next = i + 1;
            if (adjacentWord(i)) {
                if (!ORDINAL_SUFFIXES.contains(lower(next))) {
                    return null;
                }
                next++;
            }
            return new Comp(v, next);
        }

        private Comp month(int i) {
            if (!isKind(i, WORD)) {
                return null;
            }
            // Lower-case "may", "march" and "august" are ordinary English words.
            if (!capitalisedAt(i)) {
                return null;
            }
            String l = text(i).toLowerCase(Locale.ROOT);
            Integer m = MONTHS.get(l);
            if (m == null) {
                return null;
            }
            int next = i + 1;
            if (MONTH_ABBREVIATIONS.contains(l) && isPunct(next, '.')) {
                next++;
            }
            return new Comp(m, next);
        }

        private Comp year(int i) {
            if (!isKind(i, NUM) || length(i) != 4 || adjacentWord(i)) {
                return null;
            }
            int v = intValue(i);
            return v < MIN_YEAR || v > MAX_YEAR ? null : new Comp(v, i + 1);
        }

        /**
         * Skips what may stand between two components: spaces and brackets, an optional comma, and "of"
         * when {@code of} is set. Returns -1 when nothing separates them, since "6March" is no date.
         */
        private int sep(int i, boolean comma, boolean of) {
            if (i < 0) {
                return -1;
            }
            int j = skipSoft(i);
            if (comma && isPunct(j, ',')) {
                j = skipSoft(j + 1);
            }
            if (of && j > i && isWordExactly(j, "of")) {
                int k = skipSoft(j + 1);
                j = k == j + 1 ? -1 : k;
            }
            return j == i ? -1 : j;
        }

        /**
         * The date that ends a list of days begun before token {@code i} ("[17] and 18 April 1961",
         * "[3], 4 and 5 May"): a day with its month, and its year if given, after a comma or "and"
         * and any more days so joined; null if the list ends otherwise.
         */
        private Point listedBefore(int i) {
            int j = i;
            for (int days = 0; days < MAX_LISTED_DAYS; days++) {
                int k = listSeparator(j);
                if (k < 0) {
                    return null;
                }
                Point full = fullDayMonthYear(k);
                if (full != null) {
                    return full;
                }
                Point yearless = yearlessDayMonth(k);
                if (yearless != null) {
                    return yearless;
                }
                Comp d = day(k);
                if (d == null) {
                    return null;
                }
                j = d.next();
            }
            return null;
        }

        /** Skips the comma, "and" or ", and" between listed days. Returns -1 if none. */
        private int listSeparator(int i) {
            int j = skipSoft(i);
            boolean comma = isPunct(j, ',');
            if (comma) {
                j = skipSoft(j + 1);
            }
            if (isWordExactly(j, "and")) {
                int k = skipSoft(j + 1);
                return k == j + 1 ? -1 : k;
            }
            return comma && j > i + 1 ? j : -1;
        }

        /** Skips a range connector: a dash, or the words "to" / "and" when allowed. Returns -1 if none. */
        private int dash(int i, boolean to, boolean and) {
            if (i < 0) {
                return -1;
            }
            int j = skipSoft(i);
            if (isKind(j, PUNCT) && isDash(s.charAt(tokStart[j]))) {
                return skipSoft(j + 1);
            }
            if (j > i && (to && isWordExactly(j, "to") || and && isWordExactly(j, "and"))) {
                int k = skipSoft(j + 1);
                return k == j + 1 ? -1 : k;
            }
            return -1;
        }
    }

    // ---- calendar ----

    /** Whether the day exists; without a year, 29 February is given the benefit of the doubt. */
    private static boolean possible(int y, int m, int d) {
        if (d == 0) {
            return true;
        }
        int max = switch (m) {
            case 2 -> y == 0 || isLeap(y) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
        return d <= max;
    }

    private static boolean isLeap(int y) {
        return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    }

    private static String iso(Point p) {
        if (p.y() == 0) {
            return "--" + two(p.m()) + "-" + two(p.d()); // a day and month without a year
        }
        StringBuilder b = new StringBuilder(10).append(year4(p.y()));
        if (p.m() > 0) {
            b.append('-').append(two(p.m()));
            if (p.d() > 0) {
                b.append('-').append(two(p.d()));
            }
        }
        return b.toString();
    }

    private static String year4(int y) {
        String v = Integer.toString(y);
        return "0000".substring(v.length()) + v;
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
