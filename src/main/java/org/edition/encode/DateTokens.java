package org.edition.encode;

import static org.edition.encode.TextChars.isAsciiDigit;
import static org.edition.encode.TextChars.isSpace;
import static org.edition.encode.TextChars.isWordChar;

import java.util.Arrays;
import java.util.Locale;

/**
 * A block's text as {@link DateRecognizer} reads it: runs of digits, of word characters and of
 * spaces, single brackets and single punctuation marks, each a token with its kind and offsets;
 * and what the date forms ask of a token (its kind, its text, whether it is capitalised ...).
 * One instance per block, extended by the scan that reads dates in it.
 */
class DateTokens {
    static final byte NUM = 1, WORD = 2, SPACE = 3, OPEN = 4, CLOSE = 5, PUNCT = 6;
    /** Space and bracket tokens between two components, at most: keeps every attempt constant-time. */
    static final int MAX_SOFT = 6;

    final String s;
    /** Each token's kind, start and end, in text order; {@code count} of them. */
    final byte[] kind;
    final int[] tokStart;
    final int[] tokEnd;
    final int count;

    DateTokens(String s) {
        this.s = s;
        int n = s.length();
        byte[] kinds = new byte[32];
        int[] starts = new int[32];
        int[] ends = new int[32];
        int size = 0;
        int i = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            int j = i + Character.charCount(cp);
            byte k;
            if (isAsciiDigit(cp)) {
                k = NUM;
                while (j < n && isAsciiDigit(s.charAt(j))) {
                    j++;
                }
            } else if (isWordChar(cp)) {
                k = WORD;
                while (j < n && isWordChar(s.codePointAt(j))) {
                    j += Character.charCount(s.codePointAt(j));
                }
            } else if (isSpace(cp)) {
                k = SPACE;
                while (j < n && isSpace(s.codePointAt(j))) {
                    j += Character.charCount(s.codePointAt(j));
                }
            } else if (cp == '[') {
                k = OPEN;
            } else if (cp == ']') {
                k = CLOSE;
            } else {
                k = PUNCT;
            }
            if (size == kinds.length) {
                kinds = Arrays.copyOf(kinds, size * 2);
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            kinds[size] = k;
            starts[size] = i;
            ends[size] = j;
            size++;
            i = j;
        }
        this.kind = kinds;
        this.tokStart = starts;
        this.tokEnd = ends;
        this.count = size;
    }

    boolean isKind(int i, byte k) {
        return i >= 0 && i < count && kind[i] == k;
    }

    boolean isSoft(int i) {
        return isKind(i, SPACE) || isKind(i, OPEN) || isKind(i, CLOSE);
    }

    int skipSoft(int i) {
        for (int k = 0; k < MAX_SOFT && isSoft(i); k++) {
            i++;
        }
        return i;
    }

    boolean isPunct(int i, char c) {
        return isKind(i, PUNCT) && s.charAt(tokStart[i]) == c;
    }

    boolean isWordExactly(int i, String w) {
        return isKind(i, WORD) && tokEnd[i] - tokStart[i] == w.length()
                && s.regionMatches(tokStart[i], w, 0, w.length());
    }

    /** Whether a word is glued to token i, as in "1962s" or "6th". */
    boolean adjacentWord(int i) {
        return isKind(i + 1, WORD) && tokStart[i + 1] == tokEnd[i];
    }

    int length(int i) {
        return tokEnd[i] - tokStart[i];
    }

    /**
     * Whether token i begins with a capital and does not mix cases after it ("March", "MARCH",
     * not "march" or "McMarch"). Read in the text: every word is asked whether it is a month,
     * and most begin with a small letter, so none is cut out as a string first.
     */
    boolean capitalisedAt(int i) {
        int from = tokStart[i];
        int to = tokEnd[i];
        if (from == to || !Character.isUpperCase(s.charAt(from))) {
            return false;
        }
        boolean anyUpper = false;
        boolean anyLower = false;
        for (int k = from + 1; k < to; k++) {
            char c = s.charAt(k);
            anyUpper |= Character.isUpperCase(c);
            anyLower |= Character.isLowerCase(c);
        }
        return !(anyUpper && anyLower);
    }

    int intValue(int i) {
        int v = 0;
        for (int k = tokStart[i]; k < tokEnd[i]; k++) {
            v = v * 10 + (s.charAt(k) - '0');
        }
        return v;
    }

    // tokens are looked at many times by the different date forms: make each string once
    private String[] texts;
    private String[] lowers;

    String text(int i) {
        if (texts == null) {
            texts = new String[count];
        }
        String t = texts[i];
        if (t == null) {
            t = s.substring(tokStart[i], tokEnd[i]);
            texts[i] = t;
        }
        return t;
    }

    String lower(int i) {
        if (lowers == null) {
            lowers = new String[count];
        }
        String t = lowers[i];
        if (t == null) {
            t = text(i).toLowerCase(Locale.ROOT);
            lowers[i] = t;
        }
        return t;
    }
}
