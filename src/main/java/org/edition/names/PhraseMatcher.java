package org.edition.names;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Finds known name forms in a text, longest first, on word boundaries and across line breaks.
 * Built once from the register and the lists of known names; immutable and thread-safe.
 */
final class PhraseMatcher<T> {
    private record Phrase<T>(String[] words, String text, T target) {
    }

    /** Phrases by the vocabulary number of their first word, longest first. */
    private final List<Phrase<T>>[] byFirstWord;
    /** Whether some phrase begins with a small letter ("de Gaulle"); if none does, only capitalised words are looked up. */
    private final boolean lowercaseStarts;
    /** The targets whose matches are read on inside: "Yugoslavia" in the "League of Communists of Yugoslavia". */
    private final java.util.function.Predicate<T> readInside;

    /** The first word of each phrase, for the {@link Vocabulary} the matcher is built on. */
    static List<String> firstWords(Collection<String> phrases) {
        List<String> out = new ArrayList<>();
        for (String p : phrases) {
            Tokens t = new Tokens(p);
            if (t.size() > 0) {
                out.add(t.word(0));
            }
        }
        return out;
    }

    PhraseMatcher(Map<String, T> phrases, Vocabulary vocabulary) {
        this(phrases, vocabulary, t -> false);
    }

    /** @param readInside the targets whose matches may hold other matches, looked for inside them */
    @SuppressWarnings("unchecked")
    PhraseMatcher(Map<String, T> phrases, Vocabulary vocabulary, java.util.function.Predicate<T> readInside) {
        this.readInside = readInside;
        byFirstWord = new List[vocabulary.size()];
        boolean lowercase = false;
        for (var e : phrases.entrySet()) {
            Tokens t = new Tokens(e.getKey());
            if (t.size() == 0) {
                continue;
            }
            Phrase<T> p = new Phrase<>(t.words(), e.getKey(), e.getValue());
            int id = vocabulary.id(p.words[0]);
            if (id == Vocabulary.NONE) {
                throw new IllegalArgumentException("the vocabulary lacks the first word of " + p.text);
            }
            if (byFirstWord[id] == null) {
                byFirstWord[id] = new ArrayList<>();
            }
            byFirstWord[id].add(p);
            lowercase |= !Character.isUpperCase(p.words[0].charAt(0));
        }
        lowercaseStarts = lowercase;
        for (List<Phrase<T>> l : byFirstWord) {
            if (l != null) {
                l.sort(Comparator.comparingInt((Phrase<T> p) -> -p.words.length).thenComparing(Phrase::text));
            }
        }
    }

    /** Receives each match: token offsets, the phrase as the register has it, and its target. */
    interface Sink<T> {
        void match(int start, int end, String phrase, T target);
    }

    /** The matches, left to right, handed to {@code sink} as they are found (no list in between). */
    void find(Tokens tokens, Sink<T> sink) {
        int i = 0;
        while (i < tokens.size()) {
            int id = lowercaseStarts || tokens.capitalised(i) ? tokens.id(i) : Vocabulary.NONE;
            List<Phrase<T>> candidates = id == Vocabulary.NONE ? null : byFirstWord[id];
            int matchedTo = -1;
            if (candidates != null) {
                for (Phrase<T> p : candidates) {
                    if (matches(p, tokens, i)) {
                        int last = i + p.words.length - 1;
                        sink.match(tokens.start(i), tokens.end(last), p.text, p.target);
                        matchedTo = readInside.test(p.target) ? -1 : last;
                        break;
                    }
                }
            }
            i = matchedTo >= 0 ? matchedTo + 1 : i + 1;
        }
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
