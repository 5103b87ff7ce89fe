package org.edition.names;

import java.text.Normalizer;

/**
 * Comparing forms of one name: "Pak Seong-cheol" and "Pak Song Chol", "Dong Dang" and
 * "Đồng Đăng" are the same name romanized differently. Stateless.
 */
public final class NameForms {
    /** Whether {@code word} names a kind of place or body ("Party", "Province", "Congress"), which completes a name. */
    public static boolean namesAKind(String word) {
        return NameRules.isKindWord(word);
    }

    private NameForms() {
    }

    /** Lower-case letters without diacritics. */
    public static String letters(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        if (ascii) {
            // the common case needs no Unicode decomposition
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isLetter(c)) {
                    sb.append(Character.toLowerCase(c));
                }
            }
            return sb.toString();
        }
        // a háček stands for what English romanizations write with an h: "Chruščov" is "Khrushchev"
        String folded = latinLetters(s).replace("č", "ch").replace("Č", "Ch")
                .replace("š", "sh").replace("Š", "Sh").replace("ž", "zh").replace("Ž", "Zh");
        String decomposed = Normalizer.normalize(folded, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder();
        decomposed.codePoints().filter(Character::isLetter).map(Character::toLowerCase).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /**
     * Whether {@code form} is an acronym of the name that ends {@code text} at {@code end}: its
     * capitals are the initials of the name's last capitalised words, "of", "the", "and", "for" and
     * "in" between them passed over ("Communist Party of the Soviet Union" and "CPSU", "Korean
     * Workers' Party" and "KWP").
     */
    public static boolean acronymBefore(String form, CharSequence text, int end) {
        return acronymStart(form, text, end) >= 0;
    }

    /** Where the words begin whose initials {@code form} is ({@link #acronymBefore}), or -1. */
    static int acronymStart(String form, CharSequence text, int end) {
        int n = form.length();
        if (n < 2 || n > 8 || !form.chars().allMatch(Character::isUpperCase)) {
            return -1;
        }
        int k = n - 1; // the initial looked for, from the last
        int e = end;
        while (k >= 0) {
            while (e > 0 && text.charAt(e - 1) == ' ') {
                e--;
            }
            int s = e;
            while (s > 0 && !Character.isWhitespace(text.charAt(s - 1)) && text.charAt(s - 1) != ']') {
                s--;
            }
            if (s == e) {
                return -1;
            }
            char first = text.charAt(s);
            if (Character.isUpperCase(first)) {
                if (first != form.charAt(k)) {
                    return -1;
                }
                k--;
            } else if (!CONNECTORS.contains(text.subSequence(s, e).toString())) {
                return -1;
            }
            e = s;
        }
        return e;
    }

    /**
     * Whether {@code form} is an acronym of the name that ends {@code text} at {@code end}: one of
     * its initials ({@link #acronymBefore}), or one in the original language ("Polish United
     * Workers' Party [PZPR]", "Citizens' Militia [MO]"): capitals only, after a name of at least
     * two capitalised words that is no title and name ("Ambassador Smith [USA]").
     */
    public static boolean acronymOf(String form, CharSequence text, int end) {
        if (!isAcronym(form)) {
            return false;
        }
        return acronymBefore(form, text, end) || capitalisedRunBefore(text, end) >= 2;
    }

    /**
     * "PZPR", "KW PZPR", "KSČ", "MfAA": one or two words of two to eight letters, each beginning and
     * ending with a capital and having at least two.
     */
    public static boolean isAcronym(String form) {
        int n = form.length();
        if (n < 2 || n > 17 || !Character.isUpperCase(form.charAt(n - 1))) {
            return false; // most brackets end here: "[North]", "[1962]", "[we]"
        }
        int words = 1;
        int start = 0;
        for (int i = 0; i <= n; i++) {
            if (i < n && form.charAt(i) != ' ') {
                continue;
            }
            if (!acronymWord(form, start, i) || (i < n && ++words > 2)) {
                return false;
            }
            start = i + 1;
        }
        return true;
    }

    /** Letters only, two to eight, the first and last capitals and at least two of them. */
    private static boolean acronymWord(String s, int from, int to) {
        int len = to - from;
        if (len < 2 || len > 8 || !Character.isUpperCase(s.charAt(from)) || !Character.isUpperCase(s.charAt(to - 1))) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true; // first and last are both capitals: at least two
    }

    /**
     * How many capitalised words end {@code text} at {@code end}, connectors ("of", "de", "for the")
     * passed over; 0 where a title stands right before them ("Ambassador Smith [USA]" names no body,
     * where "First Secretary of the CC of the Communist Party of Czechoslovakia [KSČ]" does, after
     * its "of").
     */
    public static int capitalisedRunBefore(CharSequence text, int end) {
        Run run = capitalisedRun(text, 0, end);
        return run.afterTitle() ? 0 : run.words();
    }

    /**
     * The capitalised words that end at {@code end}, read back to {@code limit}: where the first of
     * them begins ({@code end} if there is none), how many there are, and whether a title stands
     * right before them with no connector between. The connectors between them are taken in; a
     * word in or at a bracket, one that ends a sentence or clause, one that opens with no letter,
     * "The" or a title ends them.
     */
    static Run capitalisedRun(CharSequence text, int limit, int end) {
        int words = 0;
        int first = end;
        boolean connected = false;
        int s = end;
        for (int read = 0; read < 12; read++) {
            int ws = s;
            while (ws > limit && !Character.isWhitespace(text.charAt(ws - 1))) {
                ws--;
            }
            String w = text.subSequence(ws, s).toString();
            if (w.isEmpty() || w.indexOf('[') >= 0 || w.indexOf(']') >= 0 || w.endsWith(".") || w.endsWith(",")
                    || w.endsWith(";") || w.endsWith(":") || !Character.isLetter(w.charAt(0)) || w.equals("The")) {
                break;
            }
            if (Titles.isTitle(w)) {
                return new Run(first, words, !connected);
            }
            if (Character.isUpperCase(w.charAt(0))) {
                first = ws;
                words++;
            } else if (isConnector(w)) {
                connected = true;
            } else {
                break;
            }
            if (ws <= limit || text.charAt(ws - 1) != ' ') {
                break;
            }
            s = ws - 1;
        }
        return new Run(first, words, false);
    }

    /** What {@link #capitalisedRun} read. */
    record Run(int start, int words, boolean afterTitle) {
    }

    /** The first word of a phrase. */
    static String firstWord(String phrase) {
        int space = phrase.indexOf(' ');
        return space < 0 ? phrase : phrase.substring(0, space);
    }

    /** The last word of a phrase. */
    static String lastWord(String phrase) {
        return phrase.substring(phrase.lastIndexOf(' ') + 1);
    }

    /** Whether {@code word} may stand between the capitalised words of a name: "of", "the", "de", "für" ... */
    /**
     * Whether {@code phrase} is a name in words, as an acronym is spelled out: two words or more, each
     * capitalised or a connector ("Provisional Military Administrative Council", "Socialist Unity
     * Party of Germany", "Frente de Libertação de Moçambique").
     */
    public static boolean spelledOut(String phrase) {
        String[] words = phrase.strip().split(" ");
        if (words.length < 2 || !Character.isUpperCase(words[0].charAt(0))) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) && !isConnector(w)) {
                return false;
            }
        }
        return true;
    }

    static boolean isConnector(String word) {
        return CONNECTORS.contains(word) || FOREIGN_CONNECTORS.contains(word);
    }

    /** Words between the capitalised ones of a name in French, Spanish, Portuguese, German ...: "Frente de Libertação de Moçambique". */
    private static final java.util.Set<String> FOREIGN_CONNECTORS = java.util.Set.of("de", "da", "do", "dos", "das",
            "del", "la", "le", "les", "du", "des", "di", "der", "die", "für", "y", "e", "et", "i");

    /**
     * "Kállai Gyula" and "Gyula Kállai": the same words of a name in another order (the family name
     * first in the original, last in English), compared by their {@link #letters}.
     */
    public static boolean reordered(String a, String b) {
        if (a.indexOf(' ') < 0 || Math.abs(a.length() - b.length()) > 4) {
            return false; // one word, or not the same letters: most pairs end here, without splitting
        }
        String[] x = a.strip().split("\\s+");
        String[] y = b.strip().split("\\s+");
        if (x.length < 2 || x.length != y.length) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            x[i] = letters(x[i]);
            y[i] = letters(y[i]);
        }
        if (java.util.Arrays.equals(x, y)) {
            return false; // the same order: no other form
        }
        java.util.Arrays.sort(x);
        java.util.Arrays.sort(y);
        return java.util.Arrays.equals(x, y);
    }

    /**
     * "Khuhro" and "Muhammad Ayub Khuhro": {@code full} is the name with the words before it, its
     * last word the same as {@code name}'s (compared by their {@link #letters}).
     */
    public static boolean completes(String name, String full) {
        if (full.length() <= name.length()) {
            return false; // most pairs end here, without splitting
        }
        String[] n = name.strip().split(" "); // a single character: split without a regular expression
        String[] f = full.strip().split(" ");
        if (f.length > 2 && REGNAL.matcher(f[f.length - 1]).matches()) {
            f = java.util.Arrays.copyOf(f, f.length - 1); // "Makarios [Archbishop Makarios III]": the number follows the name
        }
        String last = letters(n[n.length - 1]);
        // "Khuhro [Muhammad Ayub Khuhro]": the surname ends the full name; "Hussein [Hussein bin Talal]": the
        // given name a ruler is called by opens it
        boolean within = last.equals(letters(f[f.length - 1]))
                || n.length == 1 && f.length <= 4 && full.indexOf(',') < 0 && sameFirstLetter(n[0], f[0])
                && last.equals(letters(f[0]));
        return f.length > n.length && n.length <= 2 && last.length() >= 2 && within
                && !f[0].isEmpty() && Character.isUpperCase(f[0].charAt(0));
    }

    /** Whether two words begin with the same letter, case aside, or either with one beyond ASCII: a test before {@link #letters}. */
    private static boolean sameFirstLetter(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        char x = a.charAt(0);
        char y = b.charAt(0);
        return x > 127 || y > 127 || Character.toLowerCase(x) == Character.toLowerCase(y);
    }

    /** A ruler's or prelate's number after the name: "III", "XXIII". */
    private static final java.util.regex.Pattern REGNAL = java.util.regex.Pattern.compile("[IVX]{1,5}");

    private static final java.util.Set<String> CONNECTORS = java.util.Set.of("of", "the", "and", "for", "in");

    /** A name without the Arabic article it opens with: "Qasim" for "al-Qasim". */
    public static String withoutArticle(String name) {
        return Tokens.arabicArticle(name, 0, name.length()) ? name.substring(3) : name;
    }

    /** Two forms of one name differ in few letters relative to their length. */
    public static boolean similar(String a, String b) {
        return similarLetters(letters(a), letters(b));
    }

    /** {@link #similar} for forms already reduced to their {@link #letters}: one form is often compared with many. */
    static boolean similarLetters(String x, String y) {
        if (x.length() < 3 || y.length() < 3) {
            return false;
        }
        if (x.equals(y)) {
            return true; // the same letters: a variant in diacritics only
        }
        int longer = Math.max(x.length(), y.length());
        int atLeast = Math.abs(x.length() - y.length()); // no distance is smaller than this
        if (atLeast * 3 > longer && (atLeast * 2 > longer || x.charAt(0) != y.charAt(0))) {
            return false;
        }
        int d = distance(x, y);
        if (near(x, y, d)) {
            return true;
        }
        // spellings half their length apart or more are other names however they sound: most pairs end here
        return d * 2 <= longer && x.length() >= 4 && y.length() >= 4 && near(sounds(x), sounds(y));
    }

    /** Whether the spellings are a few edits apart for their length (fewer where their first letters differ). */
    private static boolean near(String x, String y) {
        return near(x, y, distance(x, y));
    }

    private static boolean near(String x, String y, int distance) {
        int longer = Math.max(x.length(), y.length());
        return distance * 2 <= longer && x.charAt(0) == y.charAt(0) || distance * 3 <= longer;
    }

    /**
     * The letters as romanizations of one name tend to agree: q as k, e and y as i, o and w as u, a
     * letter written twice once ("Qasim" and "Kassem", "Chinggis Khaan" and "Genghis Khan" come closer).
     */
    static String sounds(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = switch (s.charAt(i)) {
                case 'q' -> 'k';
                case 'e', 'y' -> 'i';
                case 'o', 'w' -> 'u';
                default -> s.charAt(i);
            };
            if (sb.length() == 0 || sb.charAt(sb.length() - 1) != c) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Levenshtein distance. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Letters that no Unicode decomposition takes to a Latin letter and a mark: "Łódź", "Đồng Đăng", "Ørsted". */
    private static final String[][] LATIN = {{"Đ", "D"}, {"đ", "d"}, {"Ł", "L"}, {"ł", "l"}, {"Ø", "O"}, {"ø", "o"},
        {"ß", "ss"}, {"Æ", "Ae"}, {"æ", "ae"}, {"Œ", "Oe"}, {"œ", "oe"}, {"ı", "i"}, {"Ð", "D"}, {"ð", "d"},
        {"Þ", "Th"}, {"þ", "th"}};

    private static String latinLetters(String s) {
        String out = s;
        for (String[] pair : LATIN) {
            if (out.contains(pair[0])) {
                out = out.replace(pair[0], pair[1]);
            }
        }
        return out;
    }

    /** An id from a name: prefix + lower-case ASCII words joined by hyphens. */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(latinLetters(name), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "x" : s;
    }
}
