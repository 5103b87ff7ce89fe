package org.edition.encode;

import java.util.Arrays;

/**
 * Character classes and bracket matching shared by the date and number recognizers, which scan
 * raw block text by hand (no regular expressions) so that their cost grows with the input.
 */
final class TextChars {
    private TextChars() {
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
