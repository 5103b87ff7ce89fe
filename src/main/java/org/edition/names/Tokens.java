package org.edition.names;

import java.util.Arrays;

/**
 * Words of a text for name matching: runs of letters, digits, hyphens and apostrophes, with a
 * possessive "'s" left outside ("Pak's" gives "Pak"). Each token knows its offsets, its number in
 * the {@link Vocabulary} (looked up once, without cutting the text) and whether only whitespace
 * separates it from the next. A word is cut out as a string only when asked for.
 */
final class Tokens {
    private final String text;
    private final char[] chars;
    private int[] starts;
    private int[] ends;
    /** Whether each token begins with a capital: asked several times per token by the matchers and rules. */
    private boolean[] capitals;
    private final Vocabulary vocabulary;
    /** Vocabulary numbers, looked up when first asked for; {@link #UNSET} until then. */
    private int[] ids;
    private int size;
    private static final int UNSET = -2;

    Tokens(String text) {
        this(text, null);
    }

    Tokens(String text, Vocabulary vocabulary) {
        this.text = text;
        this.vocabulary = vocabulary;
        this.chars = text.toCharArray(); // scanned char by char: an array is cheaper than charAt
        int guess = text.length() / 5 + 8; // English runs to about one word in six characters
        this.starts = new int[guess];
        this.ends = new int[guess];
        this.capitals = new boolean[guess];
        char[] t = chars;
        int n = t.length;
        int i = 0;
        while (i < n) {
            char c = t[i];
            if (!isWordChar(c) || isJoiner(c)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && isWordChar(t[j])) {
                j++;
            }
            int e = j;
            // "al-Shawwaf", "el-Din": the Arabic article before a name's word makes a name's word
            boolean capital = Character.isUpperCase(c) || (c == 'a' || c == 'e') && arabicArticle(text, i, j);
            while (e > i && isJoiner(t[e - 1])) {
                e--;
            }
            if (e - i > 2 && (t[e - 2] == '\'' || t[e - 2] == '’') && t[e - 1] == 's' && capital
                    && !text.startsWith("People", i) && !text.startsWith("Workers", i)) {
                e -= 2; // possessive: the name is what comes before it
            }
            add(i, e, capital);
            i = j;
        }
        ids = new int[size];
        Arrays.fill(ids, UNSET);
    }

    /**
     * Whether the word [i, j) opens with "al-" or "el-" and a letter after it ("al-Qasim", a name's
     * word), or with the article made one with the capital after it ("ad-Din", "ar-Rahman", "as-Sadat").
     */
    static boolean arabicArticle(CharSequence t, int i, int j) {
        if (j - i <= 4 || t.charAt(i) != 'a' && t.charAt(i) != 'e' || t.charAt(i + 2) != '-') {
            return false;
        }
        char second = t.charAt(i + 1);
        return second == 'l' ? Character.isLetter(t.charAt(i + 3))
                : Character.isUpperCase(t.charAt(i + 3)) && Character.toLowerCase(t.charAt(i + 3)) == second;
    }

    /** Whether {@code s} opens as a name's word does: with a capital, or the Arabic article and a letter ("al-Kassem"). */
    static boolean opensAName(String s) {
        return !s.isEmpty() && (Character.isUpperCase(s.charAt(0)) || arabicArticle(s, 0, s.length()));
    }

    private void add(int start, int end, boolean capital) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            capitals = Arrays.copyOf(capitals, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        capitals[size] = capital;
        size++;
    }

    /** Where the first of {@code words} (each with its space before it) that stands whole at {@code at} ends, or -1. */
    static int wordAt(String text, int at, String[] words) {
        for (String word : words) {
            int after = at + word.length();
            if (text.startsWith(word, at) && (after == text.length() || !isWordChar(text.charAt(after)))) {
                return after;
            }
        }
        return -1;
    }

    static boolean isWordChar(char c) {
        if (c < 128) { // the common case: one look in a table, for the tokenizer's inner loop
            return ASCII_WORD[c];
        }
        return Character.isLetterOrDigit(c) || isJoiner(c);
    }

    /** The ASCII word characters: letters, digits, hyphen and apostrophe. */
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '\'';
        }
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '’';
    }

    int size() {
        return size;
    }

    String word(int i) {
        return text.substring(starts[i], ends[i]);
    }

    String[] words() {
        String[] out = new String[size];
        for (int i = 0; i < size; i++) {
            out[i] = word(i);
        }
        return out;
    }

    /** Token i's number in the vocabulary, or {@link Vocabulary#NONE}; most words are never asked about. */
    int id(int i) {
        if (ids[i] == UNSET) {
            ids[i] = vocabulary == null ? Vocabulary.NONE : vocabulary.id(chars, starts[i], ends[i], hash(i));
        }
        return ids[i];
    }

    private int hash(int i) {
        return WordTable.hash(chars, starts[i], ends[i]);
    }

    /** True when token i is {@code word}. */
    boolean is(int i, String word) {
        return ends[i] - starts[i] == word.length() && text.startsWith(word, starts[i]);
    }

    boolean capitalised(int i) {
        return capitals[i];
    }

    /** The value {@code table} has for token i, or null. */
    <V> V lookUp(WordTable<V> table, int i) {
        return table.get(chars, starts[i], ends[i], hash(i));
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    /**
     * Like {@link #joined}, but a full stop may end token i when it is an abbreviation: a title
     * ("Mr. Novak", "Prof. Li") or an initial ("A. S. Kornilov"); after a whole word it ends a sentence.
     */
    boolean joinedOrDot(int i, boolean abbreviation) {
        if (i + 1 >= size) {
            return false;
        }
        int k = ends[i];
        if (k < chars.length && chars[k] == '.' && (abbreviation || ends[i] - starts[i] <= 2)) {
            k++;
        }
        return k < starts[i + 1] && whitespace(k, starts[i + 1]);
    }

    /**
     * The last token of {@code form} when the text spells it from token i on ("Pham Van Dong",
     * a space of the form standing for any run of white space, a line break included), else -1.
     */
    /** The last of the capitalised words that follow token i, one space or line break apart, at most {@code more} of them. */
    int capitalisedRunEnd(int i, int more) {
        int last = i;
        while (last < i + more && last + 1 < size && joined(last) && capitalised(last + 1)) {
            last++;
        }
        return last;
    }

    int spells(int i, String form) {
        int p = starts[i];
        int n = chars.length;
        for (int f = 0; f < form.length(); f++) {
            char c = form.charAt(f);
            if (c == ' ') {
                if (p >= n || !Character.isWhitespace(chars[p])) {
                    return -1;
                }
                while (p < n && Character.isWhitespace(chars[p])) {
                    p++;
                }
            } else if (p < n && chars[p] == c) {
                p++;
            } else {
                return -1;
            }
        }
        int last = i;
        while (last + 1 < size && starts[last + 1] < p) {
            last++;
        }
        // not "Pham Van Dongs", whose last word only begins with the form's; "Dr." ends before its dot
        return ends[last] == p || form.endsWith(".") && ends[last] == p - 1 ? last : -1;
    }

    /** True when only spaces or line breaks lie between token i and token i + 1. */
    boolean joined(int i) {
        return starts[i + 1] > ends[i] && whitespace(ends[i], starts[i + 1]);
    }

    private boolean whitespace(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isWhitespace(chars[k])) {
                return false;
            }
        }
        return true;
    }
}
