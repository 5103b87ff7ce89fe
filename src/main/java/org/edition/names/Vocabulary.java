package org.edition.names;

import java.util.Collection;

/**
 * Every word the recognizers start from (the first words of the register's forms and of the known
 * names, the rules' titles and kinds), numbered. Each token of a text is looked up once; the
 * matchers and rules then read their own tables by that number. Immutable and thread-safe.
 */
final class Vocabulary {
    static final int NONE = -1;
    private final WordTable<Integer> ids = new WordTable<>();

    Vocabulary(Collection<String> words) {
        for (String w : words) {
            if (ids.get(w) == null) {
                ids.put(w, ids.size());
            }
        }
    }

    int size() {
        return ids.size();
    }

    int id(String word) {
        Integer id = ids.get(word);
        return id == null ? NONE : id;
    }

    /** The number of text[start, end), whose hash is {@code hash}; {@link #NONE} if it is no word of ours. */
    int id(char[] text, int start, int end, int hash) {
        Integer id = ids.get(text, start, end, hash);
        return id == null ? NONE : id;
    }
}
