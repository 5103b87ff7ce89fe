package org.edition.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds known name forms in a text, longest first, on word boundaries and across line breaks.
 * Built once from the register and the lists of known names; immutable and thread-safe.
 */
final class PhraseMatcher<T> {
    record Match<T>(int start, int end, String phrase, T target) {
    }

    private record Phrase<T>(String[] words, String text, T target) {
    }

    private final Map<String, List<Phrase<T>>> byFirstWord = new HashMap<>();

    PhraseMatcher(Map<String, T> phrases) {
        for (var e : phrases.entrySet()) {
            Tokens t = new Tokens(e.getKey());
            if (t.size() == 0) {
                continue;
            }
            Phrase<T> p = new Phrase<>(t.words.toArray(String[]::new), e.getKey(), e.getValue());
            byFirstWord.computeIfAbsent(p.words[0], k -> new ArrayList<>()).add(p);
        }
        byFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt((Phrase<T> p) -> -p.words.length)
                .thenComparing(Phrase::text)));
    }

    List<Match<T>> find(String text, Tokens tokens) {
        List<Match<T>> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            List<Phrase<T>> candidates = byFirstWord.get(tokens.word(i));
            int matchedTo = -1;
            if (candidates != null) {
                for (Phrase<T> p : candidates) {
                    if (matches(p, text, tokens, i)) {
                        int last = i + p.words.length - 1;
                        out.add(new Match<>(tokens.start(i), tokens.end(last), p.text, p.target));
                        matchedTo = last;
                        break;
                    }
                }
            }
            i = matchedTo >= 0 ? matchedTo + 1 : i + 1;
        }
        return out;
    }

    private static boolean matches(Phrase<?> p, String text, Tokens tokens, int i) {
        if (i + p.words.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < p.words.length; k++) {
            if (!tokens.word(i + k).equals(p.words[k])) {
                return false;
            }
            if (k > 0 && !tokens.joined(text, i + k - 1)) {
                return false;
            }
        }
        return true;
    }
}
