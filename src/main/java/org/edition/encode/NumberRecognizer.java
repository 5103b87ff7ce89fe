package org.edition.encode;

import static org.edition.encode.TextChars.isAlnum;
import static org.edition.encode.TextChars.isAsciiDigit;
import static org.edition.encode.TextChars.isSpace;
import static org.edition.encode.TextChars.isWordChar;
import static org.edition.encode.TextChars.partners;
import static org.edition.encode.TextChars.widen;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds numbers written in digits in the raw text of one block of an English translation, for TEI
 * {@code <num>} and {@code <measure>}.
 *
 * <p>Recognized: cardinals with or without thousands separators and with decimals ({@code 243},
 * {@code 28,028}, {@code 2.5}; a no-break or thin space also separates thousands); a following
 * {@code hundred}, {@code thousand}, {@code million}, {@code billion} or {@code trillion}, which joins the
 * span and scales the value; percentages ({@code 15%}, {@code 15 percent}, {@code 15 per cent});
 * currency amounts with a sign or code before
 * ({@code $}, {@code US$}, {@code HK$}, {@code £}, {@code €}, {@code RMB}, {@code USD}, ...) or a currency
 * word after ({@code dollars}, {@code pounds sterling}, {@code yuan}, {@code rubles}, {@code francs},
 * ...); and ordinals in digits ({@code 3rd}, {@code 21st}).
 *
 * <p>Left alone, because they are identifiers, references or parts of dates rather than quantities:
 * digits touching letters other than an ordinal suffix or a currency code; groups joined by hyphens,
 * slashes, colons or further dots ({@code 118-01027-01}, {@code 3/4}, {@code 10:30}, {@code 1.2.3},
 * {@code 06.03.1962}); malformed digit grouping ({@code 1,2,3}); integers with a leading zero
 * ({@code 01027}); a figure after a hyphen or minus ({@code -5}); and numbers after {@code No.},
 * {@code No}, {@code Nr.} or {@code #}. Plain {@code pounds} stays a cardinal, being as often a weight as
 * money. Dates are the caller's business: it runs {@link DateRecognizer} first and drops numbers inside
 * dates.
 *
 * <p>No match splits a bracket pair, matches do not overlap, and they come sorted by start. The scan is
 * linear in the length of the text. Instances are immutable and thread-safe.
 */
public final class NumberRecognizer {

    // These bounds make every attempt constant-time, so a block scans in linear time whatever it contains.
    private static final int MAX_SOFT = 4;       // space and bracket chars between a figure and its sign/word
    private static final int MAX_WORD = 16;      // longer than any unit word we know
    private static final int MAX_PREFIX_WORD = 4; // longer than any currency code or "No"/"Nos"/"Nr"

    private static final Map<String, Integer> MULTIPLIERS =
            Map.of("hundred", 2, "thousand", 3, "million", 6, "billion", 9, "trillion", 12);
    /** Codes written before or after a figure; exact case, since "rub" and "eur" are not codes. */
    private static final Map<String, String> CODES = Map.of(
            "USD", "USD", "GBP", "GBP", "EUR", "EUR", "CNY", "CNY", "RMB", "CNY", "RUB", "RUB");
    private static final Map<String, String> CURRENCY_WORDS = currencyWords();
    /** Multi-word currency names, tried before single words so "Hong Kong dollars" is not read as USD. */
    private static final List<Phrase> CURRENCY_PHRASES = List.of(
            new Phrase("USD", "US", "dollars"), new Phrase("USD", "U.S.", "dollars"),
            new Phrase("USD", "American", "dollars"), new Phrase("HKD", "Hong", "Kong", "dollars"),
            new Phrase("CAD", "Canadian", "dollars"), new Phrase("AUD", "Australian", "dollars"),
            new Phrase("GBP", "pounds", "sterling"), new Phrase("GBP", "pound", "sterling"));
    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");
    /** Abbreviations of "number" that mark what follows as an identifier. */
    private static final Set<String> NUMBER_SIGNS = Set.of("No", "NO", "Nos", "NOS", "Nr", "Nrs");
    private static final Set<String> NUMBER_SIGNS_WITH_DOT = Set.of("no", "nos", "nr", "nrs");

    public NumberRecognizer() {
        // stateless
    }

    private static Map<String, String> currencyWords() {
        Map<String, String> m = new HashMap<>();
        for (String w : new String[] {"dollar", "dollars"}) {
            m.put(w, "USD");
        }
        m.put("sterling", "GBP");
        for (String w : new String[] {"yuan", "renminbi"}) {
            m.put(w, "CNY");
        }
        for (String w : new String[] {"ruble", "rubles", "rouble", "roubles"}) {
            m.put(w, "RUB");
        }
        // Names that double as ordinary words ("marks", "won", "crowns") are left out on purpose.
        for (String w : new String[] {"franc", "francs", "yen", "lira", "lire", "rupee", "rupees", "peso",
            "pesos", "kopeck", "kopecks", "kopek", "kopeks", "zloty", "zlotys", "dinar", "dinars", "escudo",
            "escudos", "guilder", "guilders", "forint", "forints", "koruna", "korunas", "euro", "euros",
            "deutschmark", "deutschmarks", "cents", "pence", "shillings", "piastres", "rupiah", "tugriks"}) {
            m.put(w, w);
        }
        return Map.copyOf(m);
    }

    /** Returns the numbers in {@code raw}, sorted by start and not overlapping. */
    public List<NumberMatch> find(CharSequence raw) {
        Objects.requireNonNull(raw, "raw");
        String s = raw.toString();
        int[] partner = partners(s);
        List<NumberMatch> out = new ArrayList<>();
        int lastEnd = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            if (!isAsciiDigit(s.charAt(i))) {
                i++;
                continue;
            }
            Numeral num = numeral(s, i);
            int resume = num.resume();
            if (num.ok()) {
                NumberMatch m = match(s, partner, num, lastEnd);
                if (m != null) {
                    out.add(m);
                    lastEnd = m.end();
                    resume = Math.max(resume, lastEnd);
                }
            }
            i = resume;
        }
        return out;
    }

    private record Phrase(String unit, String... words) {}

    /**
     * A figure: {@code [start, end)} holds the digits, {@code digits} is the value without separators,
     * {@code resume} is past every digit group glued to it, so a rejected identifier is skipped whole.
     */
    private record Numeral(int start, int end, String digits, boolean integer, boolean ok, int resume) {}

    private static Numeral numeral(String s, int i) {
        int n = s.length();
        int j = digitsEnd(s, i);
        int first = j - i;
        boolean ok = !(first > 1 && s.charAt(i) == '0'); // 01027 is a file number, not a quantity
        StringBuilder v = new StringBuilder().append(s, i, j);
        char separator = 0;
        while (j + 1 < n && isAsciiDigit(s.charAt(j + 1))) {
            char c = s.charAt(j);
            int k = digitsEnd(s, j + 1);
            if (c == ',') {
                // A comma between digits is a thousands separator or a mistake, never two numbers.
                ok &= k - j - 1 == 3 && first <= 3 && (separator == 0 || separator == ',');
            } else if (isGroupSpace(c) && (separator == 0 || separator == c) && first <= 3
                    && k - j - 1 == 3) {
                // A no-break or thin space groups digits in French and Russian style, "28 028"; an
                // ordinary space does not, since "5 232" may as well be two numbers.
            } else {
                break;
            }
            separator = c;
            v.append(s, j + 1, k);
            j = k;
        }
        boolean integer = true;
        if (j + 1 < n && s.charAt(j) == '.' && isAsciiDigit(s.charAt(j + 1))) {
            int k = digitsEnd(s, j + 1);
            v.append('.').append(s, j + 1, k);
            j = k;
            integer = false;
        }
        int end = j;
        // A second dot or a comma after the decimals makes a section number, a date or a typo.
        while (j + 1 < n && (s.charAt(j) == '.' || s.charAt(j) == ',') && isAsciiDigit(s.charAt(j + 1))) {
            ok = false;
            j = digitsEnd(s, j + 1);
        }
        return new Numeral(i, end, v.toString(), integer, ok, j);
    }

    private static NumberMatch match(String s, int[] partner, Numeral num, int lastEnd) {
        int a = num.start();
        int b = num.end();
        Unit before = unitBefore(s, a);
        if (before == null) {
            return null;
        }

        // ---- right: an ordinal suffix, or nothing glued on ----
        int p = b;
        boolean ordinal = false;
        if (b < s.length() && isWordChar(s.codePointAt(b))) {
            int we = wordAfter(s, b);
            if (we < 0 || !num.integer() || before.code() != null
                    || !ORDINAL_SUFFIXES.contains(s.substring(b, we).toLowerCase(Locale.ROOT))) {
                return null;
            }
            ordinal = true;
            p = we;
        }
        if (!cleanAfter(s, p)) {
            return null;
        }
        After after = ordinal ? After.NOTHING : after(s, p, before.code() == null);

        // ---- the longest reading whose span keeps every bracket pair whole ----
        String plain = num.digits();
        String scaled = after.multiplier() == 0 ? plain
                : new BigDecimal(plain).scaleByPowerOfTen(after.multiplier()).stripTrailingZeros().toPlainString();
        List<NumberMatch> readings = new ArrayList<>(4);
        if (after.percent()) {
            readings.add(new NumberMatch(a, after.end(), scaled, NumberMatch.PERCENTAGE, null));
        } else if (after.code() != null) {
            readings.add(new NumberMatch(a, after.end(), scaled, NumberMatch.CURRENCY, after.code()));
        }
        if (after.multiplierEnd() >= 0) {
            readings.add(before.code() != null
                    ? new NumberMatch(before.start(), after.multiplierEnd(), scaled, NumberMatch.CURRENCY, before.code())
                    : new NumberMatch(a, after.multiplierEnd(), scaled, NumberMatch.CARDINAL, null));
        }
        if (before.code() != null) {
            readings.add(new NumberMatch(before.start(), b, plain, NumberMatch.CURRENCY, before.code()));
        }
        readings.add(new NumberMatch(a, p, plain, ordinal ? NumberMatch.ORDINAL : NumberMatch.CARDINAL,
                null));
        for (NumberMatch m : readings) {
            int[] span = widen(s, partner, m.start(), m.end());
            if (span != null && span[0] >= lastEnd) {
                return new NumberMatch(span[0], span[1], m.value(), m.type(), m.unit());
            }
        }
        return null;
    }

    /** A currency written before a figure: its code and where it begins; {@link #NONE} if there is none. */
    private record Unit(String code, int start) {
        static final Unit NONE = new Unit(null, -1);
    }

    /**
     * What comes before the figure at {@code a}: a currency sign or code ("$", "US$", "£", "RMB
     * 3,000"), nothing, or a reason why the figure is no number of its own (null).
     */
    private static Unit unitBefore(String s, int a) {
        if (a > 0) {
            int cp = s.codePointBefore(a);
            if (isWordChar(cp)) {
                // Only a currency code may touch a figure ("RMB3,000"); "A1962" is an identifier.
                int ws = wordBefore(s, a);
                String code = ws < 0 ? null : CODES.get(s.substring(ws, a));
                return code == null ? null : new Unit(code, ws);
            } else if (rejectedBefore(cp)) {
                return null;
            }
        }
        int p = skipSoftBack(s, a);
        if (p > 0) {
            int cp = s.codePointBefore(p);
            if (cp == '$') {
                int dollar = p - 1;
                int ws = dollar > 0 && isWordChar(s.codePointBefore(dollar))
                        ? wordBefore(s, dollar)
                        : dollar;
                String letters = ws < 0 ? "?" : s.substring(ws, dollar);
                // Other letters before "$" name another dollar ("NT$"); better no unit than a wrong one.
                String code = switch (letters) {
                    case "", "US" -> "USD";
                    case "HK" -> "HKD";
                    default -> null;
                };
                if (code != null) {
                    return new Unit(code, ws);
                }
            } else if (cp == '\u00a3') {
                return new Unit("GBP", p - 1);
            } else if (cp == '\u20ac') {
                return new Unit("EUR", p - 1);
            } else if (p < a && isWordChar(cp)) {
                int ws = wordBefore(s, p);
                String code = ws < 0 ? null : CODES.get(s.substring(ws, p));
                if (code != null) {
                    return new Unit(code, ws);
                }
            }
        }
        return afterNumberSign(s, p) ? null : Unit.NONE;
    }

    /**
     * What follows a figure: a multiplier ("million": its power of ten and where it ends, -1 if
     * none), then a percentage or, where no currency came before, a currency; where that ends.
     */
    private record After(int multiplier, int multiplierEnd, boolean percent, String code, int end) {
        static final After NOTHING = new After(0, -1, false, null, -1);
    }

    private static After after(String s, int p, boolean currencyMayFollow) {
        int n = s.length();
        int multExp = 0;
        int multEnd = -1;
        int q = skipSoft(s, p);
        if (q > p) {
            int we = wordAfter(s, q);
            Integer e = we > q ? MULTIPLIERS.get(s.substring(q, we).toLowerCase(Locale.ROOT)) : null;
            if (e != null) {
                multExp = e;
                multEnd = we;
            }
        }
        int r0 = multEnd >= 0 ? multEnd : p;
        if (!currencyMayFollow) {
            return new After(multExp, multEnd, false, null, -1);
        }
        int r = r0 < n && s.charAt(r0) == '%' ? r0 : skipSoft(s, r0);
        if (r < n && s.charAt(r) == '%') {
            return new After(multExp, multEnd, true, null, r + 1);
        }
        if (r > r0 && r < n && Character.isLetter(s.charAt(r))) {
            int e = matchWords(s, r, "percent");
            if (e < 0) {
                e = matchWords(s, r, "per", "cent");
            }
            if (e < 0) {
                e = matchWords(s, r, "per-cent");
            }
            if (e >= 0) {
                return new After(multExp, multEnd, true, null, e);
            }
            for (Phrase phrase : CURRENCY_PHRASES) {
                e = matchWords(s, r, phrase.words());
                if (e >= 0) {
                    return new After(multExp, multEnd, false, phrase.unit(), e);
                }
            }
            int we = wordAfter(s, r);
            if (we > r) {
                String w = s.substring(r, we);
                String code = CODES.containsKey(w) ? CODES.get(w) : CURRENCY_WORDS.get(w.toLowerCase(Locale.ROOT));
                if (code != null) {
                    return new After(multExp, multEnd, false, code, we);
                }
            }
        }
        return new After(multExp, multEnd, false, null, -1);
    }

    /** Characters that, right before a digit, make it part of an identifier, a decimal or a date. */
    private static boolean rejectedBefore(int cp) {
        return isHyphen(cp) || cp == '/' || cp == '\\' || cp == '.' || cp == ':' || cp == '_' || cp == '\''
                || cp == '\u2019' || cp == '#' || cp == '\u2116' || cp == '@';
    }

    private static boolean cleanAfter(String s, int p) {
        if (p >= s.length()) {
            return true;
        }
        int cp = s.codePointAt(p);
        if (isAsciiDigit(cp) || isWordChar(cp) || isHyphen(cp) || cp == '/' || cp == '\\' || cp == '_') {
            return false;
        }
        if (cp == '.' || cp == ',' || cp == ':' || cp == '\'' || cp == '\u2019') {
            int next = p + 1;
            return next >= s.length() || !isAlnum(s.codePointAt(next));
        }
        return true;
    }

    /** Whether the text before {@code p} is "No.", "No", "Nr.", "#" and the like. */
    private static boolean afterNumberSign(String s, int p) {
        if (p <= 0) {
            return false;
        }
        int cp = s.codePointBefore(p);
        if (cp == '#' || cp == '\u2116') {
            return true;
        }
        if (cp == '.') {
            int ws = p - 1 > 0 && isWordChar(s.codePointBefore(p - 1)) ? wordBefore(s, p - 1) : -1;
            return ws >= 0 && NUMBER_SIGNS_WITH_DOT.contains(s.substring(ws, p - 1).toLowerCase(Locale.ROOT));
        }
        if (isWordChar(cp)) {
            int ws = wordBefore(s, p);
            return ws >= 0 && NUMBER_SIGNS.contains(s.substring(ws, p));
        }
        return false;
    }

    /** End of {@code words} at {@code at}, separated by a few spaces and ending at a word boundary; or -1. */
    private static int matchWords(String s, int at, String... words) {
        int p = at;
        for (int w = 0; w < words.length; w++) {
            if (w > 0) {
                int q = p;
                while (q < s.length() && q - p < 3 && isSpace(s.charAt(q))) {
                    q++;
                }
                if (q == p) {
                    return -1;
                }
                p = q;
            }
            String word = words[w];
            if (!s.regionMatches(true, p, word, 0, word.length())) {
                return -1;
            }
            p += word.length();
        }
        return p < s.length() && isWordChar(s.codePointAt(p)) ? -1 : p;
    }

    // ---- spans and brackets ----


    private static int skipSoft(String s, int p) {
        int q = p;
        while (q < s.length() && q - p < MAX_SOFT && isSoftChar(s.charAt(q))) {
            q++;
        }
        return q;
    }

    private static int skipSoftBack(String s, int p) {
        int q = p;
        while (q > 0 && p - q < MAX_SOFT && isSoftChar(s.charAt(q - 1))) {
            q--;
        }
        return q;
    }

    private static boolean isSoftChar(char c) {
        return c == '[' || c == ']' || isSpace(c);
    }

    // ---- characters and words ----

    private static int digitsEnd(String s, int i) {
        while (i < s.length() && isAsciiDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Start of the word ending at {@code end}, or -1 if it is longer than any prefix we look for. */
    private static int wordBefore(String s, int end) {
        int p = end;
        while (p > 0 && isWordChar(s.codePointBefore(p))) {
            if (end - p >= MAX_PREFIX_WORD) {
                return -1;
            }
            p -= Character.charCount(s.codePointBefore(p));
        }
        return p;
    }

    /** End of the word starting at {@code start}, or -1 if it is longer than any unit word we know. */
    private static int wordAfter(String s, int start) {
        int p = start;
        while (p < s.length() && isWordChar(s.codePointAt(p))) {
            if (p - start >= MAX_WORD) {
                return -1;
            }
            p += Character.charCount(s.codePointAt(p));
        }
        return p;
    }

    private static boolean isGroupSpace(char c) {
        return c == '\u00a0' || c == '\u2009' || c == '\u202f';
    }





    /** Hyphens and minus, which join identifiers; en and em dashes mark ranges and are left alone. */
    private static boolean isHyphen(int cp) {
        return cp == '-' || cp == '\u2010' || cp == '\u2011' || cp == '\u2212';
    }
}
