package org.edition.names;

import java.util.Set;

/**
 * A given name shortened to its first letter and a full stop: "N. S. Khrushchev", and, where a
 * romanization writes one Cyrillic letter with two ("Ю" as "Yu", "Ж" as "Zh"), to those two:
 * "Yu. Tsedenbal", "Zh. Batmönkh". A capital and a small letter before a full stop are an
 * initial only when they spell one such letter, so "Mr." and "Dr." are not.
 */
final class Initials {
    private static final Set<String> ONE_LETTER_PAIRS = Set.of("Ch", "Kh", "Sh", "Ts", "Ya", "Ye", "Yo", "Yu", "Zh");

    private Initials() {
    }

    /** Whether text[start, end) is an initial: a full stop after it and a capital, or a letter's pair, in it. */
    static boolean at(CharSequence text, int start, int end) {
        if (end >= text.length() || text.charAt(end) != '.' || !Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        return end - start == 1
                || end - start == 2 && ONE_LETTER_PAIRS.contains(text.subSequence(start, end).toString());
    }

    /**
     * Whether each word of {@code name} is a word of one of {@code forms}, or an initial that one of
     * their words begins with: "J. Menéndez" fits "Jorge Menéndez", "Yu. Tsedenbal" fits "Yumjaagiin
     * Tsedenbal", "B. K. Nehru" does not fit "Jawaharlal Nehru".
     */
    static boolean fit(String name, java.util.Collection<String> forms) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String form : forms) {
            words.addAll(java.util.Arrays.asList(form.split(" ")));
        }
        for (String w : name.split(" ")) {
            if (w.isEmpty() || words.contains(w)) {
                continue;
            }
            String letters = w.substring(0, w.length() - 1); // "J." of "Jorge", "Yu." of "Yumjaagiin"
            if (w.length() < 2 || !at(w, 0, w.length() - 1) || words.stream().noneMatch(x -> x.startsWith(letters))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the initials that end right before {@code start} begin ("Yu. " before "Tsedenbal", "V. I. "
     * before "Ivanov", "N.S." before "Khrushchev"); {@code start} if there are none.
     */
    static int before(CharSequence text, int start) {
        int first = start;
        int k = start;
        while (true) {
            int dot = k;
            while (dot > 0 && text.charAt(dot - 1) == ' ') {
                dot--;
            }
            if (dot < 2 || text.charAt(dot - 1) != '.') {
                return first;
            }
            int letters = dot - 1;
            int from = letters;
            while (from > 0 && Character.isLetter(text.charAt(from - 1)) && letters - from < 2) {
                from--;
            }
            if (from == letters || from > 0 && Character.isLetter(text.charAt(from - 1)) || !at(text, from, letters)) {
                return first;
            }
            first = from;
            k = from;
        }
    }
}
