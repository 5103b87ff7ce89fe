package org.edition.encode;

import java.util.Arrays;

/**
 * Character classes and bracket matching shared by the date and number recognizers, which scan
 * raw block text by hand (no regular expressions) so that their cost grows with the input.
 */
final class TextChars {
    /** Characters a span may grow by to take in a whole bracket pair. */
    private static final int MAX_GAP = 16;
    private static final int MAX_WIDENINGS = 8;

    private TextChars() {
    }

    /**
     * Grows a span until it splits no bracket pair, taking in only brackets, spaces and "?", so that
     * {@code 6 March [1962]} or {@code 2.5 [million]} becomes one span; null when that would swallow
     * other text.
     */
    static int[] widen(String s, int[] partner, int start, int end) {
        for (int round = 0; round < MAX_WIDENINGS; round++) {
            boolean grew = false;
            for (int k = start; k < end && !grew; k++) {
                int p = partner[k];
                if (p >= 0 && p < start) {
                    if (!onlyBracketsAndSpaces(s, p, start)) {
                        return null;
                    }
                    start = p;
                    grew = true;
                } else if (p >= end) {
                    if (!onlyBracketsAndSpaces(s, end, p + 1)) {
                        return null;
                    }
                    end = p + 1;
                    grew = true;
                }
            }
            if (!grew) {
                return new int[] {start, end};
            }
        }
        return null;
    }

    private static boolean onlyBracketsAndSpaces(String s, int from, int to) {
        if (to - from > MAX_GAP) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c != '[' && c != ']' && c != '?' && !isSpace(c)) {
                return false;
            }
        }
        return true;
    }

    static boolean isAsciiDigit(int cp) {
        return cp >= '0' && cp <= '9';
    }

    /** Anything that makes a token part of a word or identifier; ASCII digits are numbers of their own. */
    static boolean isWordChar(int cp) {
        if (isAsciiDigit(cp)) {
            return false;
        }
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.OTHER_NUMBER
                || type == Character.LETTER_NUMBER;
    }

    static boolean isAlnum(int cp) {
        return isAsciiDigit(cp) || isWordChar(cp);
    }

    /** Character.isWhitespace misses no-break and thin spaces, which translators put in dates and figures. */
    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** For each '[' the offset of its ']' and back; -1 for everything else and unmatched brackets. */
    static int[] partners(String s) {
        int n = s.length();
        int[] partner = new int[n];
        int[] stack = new int[16];
        int depth = 0;
        for (int i = 0; i < n; i++) {
            partner[i] = -1;
            char c = s.charAt(i);
            if (c == '[') {
                if (depth == stack.length) {
                    stack = Arrays.copyOf(stack, depth * 2);
                }
                stack[depth++] = i;
            } else if (c == ']' && depth > 0) {
                int open = stack[--depth];
                partner[open] = i;
                partner[i] = open;
            }
        }
        return partner;
    }
}
