package org.edition.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Words of a text for name matching: runs of letters, digits, hyphens and apostrophes, with a
 * possessive "'s" left outside ("Pak's" gives "Pak"). Each token knows its offsets and whether only
 * whitespace separates it from the next.
 */
final class Tokens {
    final List<String> words = new ArrayList<>();
    final List<int[]> spans = new ArrayList<>();

    Tokens(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isWordChar(c) || c == '-' || c == '\'' || c == '’') {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && isWordChar(text.charAt(j))) {
                j++;
            }
            int e = j;
            while (e > i && (text.charAt(e - 1) == '-' || text.charAt(e - 1) == '\'' || text.charAt(e - 1) == '’')) {
                e--;
            }
            if (e - i > 2 && (text.charAt(e - 2) == '\'' || text.charAt(e - 2) == '’') && text.charAt(e - 1) == 's'
                    && Character.isUpperCase(text.charAt(i)) && !text.startsWith("People", i)
                    && !text.startsWith("Workers", i)) {
                e -= 2; // possessive: the name is what comes before it
            }
            words.add(text.substring(i, e));
            spans.add(new int[] {i, e});
            i = j;
        }
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’';
    }

    int size() {
        return words.size();
    }

    String word(int i) {
        return words.get(i);
    }

    int start(int i) {
        return spans.get(i)[0];
    }

    int end(int i) {
        return spans.get(i)[1];
    }

    /** Like {@link #joined}, but a full stop may end token i ("Mr. Novak", "A. S. Kornilov"). */
    boolean joinedOrDot(String text, int i) {
        if (i + 1 >= size()) {
            return false;
        }
        int k = end(i);
        if (k < text.length() && text.charAt(k) == '.') {
            k++;
        }
        if (k >= start(i + 1)) {
            return false;
        }
        for (; k < start(i + 1); k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** True when only spaces or line breaks lie between token i and token i + 1. */
    boolean joined(String text, int i) {
        for (int k = end(i); k < start(i + 1); k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return start(i + 1) > end(i);
    }
}
