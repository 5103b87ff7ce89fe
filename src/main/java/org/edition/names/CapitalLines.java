package org.edition.names;

import java.util.function.Predicate;
import org.edition.encode.TitleCase;

/**
 * A short line written all in capitals ("MINISTRY OF FOREIGN AFFAIRS OF THE CZECHOSLOVAK SOCIALIST
 * REPUBLIC", "A. S. KORNILOV") reads to the rules as a heading in title case ("Ministry of Foreign
 * Affairs of the Czechoslovak Socialist Republic"): they take capitals for the first letters of
 * names, and a word in capitals for an acronym. Only the case changes, so every offset stays. An
 * acronym the known names list ("USSR") keeps its capitals; a long line in capitals (a telegram
 * sent in capitals) is left as it is, since title case would make every word look like a name.
 */
final class CapitalLines {
    private static final int MAX_WORDS = 10;

    private CapitalLines() {
    }

    /** {@code text} with each short line in capitals in title case; {@code text} itself if it has none. */
    static String titleCased(String text, Predicate<String> known) {
        char[] chars = null;
        for (int start = 0; start < text.length(); ) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            if (shortLineInCapitals(text, start, end)) {
                chars = chars == null ? text.toCharArray() : chars;
                TitleCase.apply(text, start, end, chars, known);
            }
            start = end + 1;
        }
        return chars == null ? text : new String(chars);
    }

    /** Whether the line has no lower-case letter, two capitals or more, and at most {@link #MAX_WORDS} words. */
    private static boolean shortLineInCapitals(String text, int start, int end) {
        int capitals = 0;
        int words = 0;
        boolean inWord = false;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (Character.isLowerCase(c)) {
                return false; // most lines: decided at their first word
            }
            capitals += Character.isUpperCase(c) ? 1 : 0;
            boolean letter = Character.isLetter(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter || inWord && (c == '\'' || c == '’' || c == '-');
        }
        return capitals >= 2 && words <= MAX_WORDS;
    }
}
