package org.edition.names;

import java.util.ArrayList;
import java.util.Comparator;
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

    /** Phrases by their first word, longest first. */
    private final WordTable<List<Phrase<T>>> byFirstWord = new WordTable<>();

    PhraseMatcher(Map<String, T> phrases) {
        List<List<Phrase<T>>> lists = new ArrayList<>();
        for (var e : phrases.entrySet()) {
            Tokens t = new Tokens(e.getKey());
            if (t.size() == 0) {
                continue;
            }
            Phrase<T> p = new Phrase<>(t.words(), e.getKey(), e.getValue());
            List<Phrase<T>> list = byFirstWord.get(p.words[0]);
            if (list == null) {
                list = new ArrayList<>();
                byFirstWord.put(p.words[0], list);
                lists.add(list);
            }
            list.add(p);
        }
        lists.forEach(l -> l.sort(Comparator.comparingInt((Phrase<T> p) -> -p.words.length)
                .thenComparing(Phrase::text)));
    }

    List<Match<T>> find(Tokens tokens) {
        List<Match<T>> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            List<Phrase<T>> candidates = tokens.lookUp(byFirstWord, i);
            int matchedTo = -1;
            if (candidates != null) {
                for (Phrase<T> p : candidates) {
                    if (matches(p, tokens, i)) {
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

    private static boolean matches(Phrase<?> p, Tokens tokens, int i) {
        if (i + p.words.length > tokens.size()) {
            return false;
        }
        for (int k = 1; k < p.words.length; k++) {
            if (!tokens.is(i + k, p.words[k]) || !tokens.joined(i + k - 1)) {
                return false;
            }
        }
        return true;
    }
}
