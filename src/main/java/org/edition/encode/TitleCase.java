package org.edition.encode;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Title case for words written in capitals: "MEMORANDUM OF CONVERSATION" reads "Memorandum of
 * Conversation". Only the case of letters changes, so every offset stays: the name rules read a
 * letterhead so ({@code CapitalLines}), and the header gives a heading in capitals so in its title.
 */
public final class TitleCase {
    /** Words that stay in lower case after a title's first word. */
    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "a", "an", "and", "on", "in", "at", "to", "for",
            "from", "by", "with", "between");

    private TitleCase() {
    }

    /** {@code s} in title case. */
    public static String of(String s) {
        char[] chars = s.toCharArray();
        apply(s, 0, s.length(), chars, word -> false);
        return new String(chars);
    }

    /**
     * Writes into {@code chars} the title case of {@code text[start, end)}: each word keeps its first
     * letter and has the rest in lower case, a small word after the first is all in lower case, and
     * a word {@code keep} accepts (a known acronym, "USSR") stays as it is.
     */
    public static void apply(String text, int start, int end, char[] chars, Predicate<String> keep) {
        boolean first = true;
        for (int k = start; k < end; ) {
            if (!Character.isLetter(text.charAt(k))) {
                k++;
                continue;
            }
            int e = k;
            while (e < end && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '\'' || text.charAt(e) == '’')) {
                e++;
            }
            String word = text.substring(k, e);
            boolean small = !first && SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT));
            if (small || e - k > 1 && !keep.test(word)) {
                for (int i = small ? k : k + 1; i < e; i++) {
                    chars[i] = Character.toLowerCase(text.charAt(i));
                }
            }
            first = false;
            k = e;
        }
    }
}
