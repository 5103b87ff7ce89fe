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
            int label = shortLineInCapitals(text, start, end) ? end : labelInCapitals(text, start, end);
            if (label > start) {
                chars = chars == null ? text.toCharArray() : chars;
                TitleCase.apply(text, start, label, chars, known);
            }
            start = end + 1;
        }
        return chars == null ? text : new String(chars);
    }

    /** The most words a speaker's label in capitals has ("MAO ZEDONG:", "N. S. KHRUSHCHEV:"). */
    private static final int LABEL_WORDS = 4;

    /**
     * "TITO: We have met here": the end of a label in capitals that opens the line, a speaker's name
     * before a colon (two capitals or more, at most {@link #LABEL_WORDS} words), or {@code start}.
     */
    private static int labelInCapitals(String text, int start, int end) {
        int colon = start;
        for (; colon < end && text.charAt(colon) != ':'; colon++) {
            char c = text.charAt(colon);
            if (Character.isLowerCase(c) || !Character.isLetter(c) && " .-'".indexOf(c) < 0) {
                return start; // most lines: decided at their first word
            }
        }
        int words = colon + 1 < end && text.charAt(colon + 1) == ' ' ? wordsInCapitals(text, start, colon) : -1;
        return words > 0 && words <= LABEL_WORDS ? colon : start;
    }

    /** Whether the line has no lower-case letter, two capitals or more, and at most {@link #MAX_WORDS} words. */
    private static boolean shortLineInCapitals(String text, int start, int end) {
        int words = wordsInCapitals(text, start, end);
        return words >= 0 && words <= MAX_WORDS;
    }

    /** How many words [start, end) has, if it has no lower-case letter and two capitals or more; else -1. */
    private static int wordsInCapitals(String text, int start, int end) {
        int capitals = 0;
        int words = 0;
        boolean inWord = false;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (Character.isLowerCase(c)) {
                return -1; // most lines: decided at their first word
            }
            capitals += Character.isUpperCase(c) ? 1 : 0;
            boolean letter = Character.isLetter(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter || inWord && (c == '\'' || c == '’' || c == '-');
        }
        return capitals >= 2 ? words : -1;
    }
}
