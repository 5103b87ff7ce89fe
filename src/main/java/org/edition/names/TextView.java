package org.edition.names;

import java.util.Arrays;
import java.util.List;
import org.edition.encode.BlockPairs;
import org.edition.encode.BracketPair;

/**
 * A block of source text with its bracket characters taken out ("[North] Korea" reads "North
 * Korea"), so that names are found whatever the translator supplied; every character of the view
 * maps back to its offset in the source, and spans map back to source spans that never split a
 * bracket pair.
 */
final class TextView {
    final String text;
    /** Source offsets of the bracket characters taken out, ascending; empty when there are none. */
    private final int[] removed;
    private final BlockPairs pairs;
    private final String source;

    TextView(String source, BlockPairs pairs) {
        this(source, pairs, null);
    }

    /** The view of a block; with {@code known}, its short lines in capitals read in title case ({@link CapitalLines}). */
    TextView(String source, BlockPairs pairs, java.util.function.Predicate<String> known) {
        this.source = source;
        this.pairs = pairs;
        List<BracketPair> all = pairs.all();
        this.removed = new int[all.size() * 2];
        for (int i = 0; i < all.size(); i++) {
            removed[2 * i] = all.get(i).open();
            removed[2 * i + 1] = all.get(i).close();
        }
        String view;
        if (removed.length == 0) {
            view = source.substring(pairs.start(), pairs.end());
        } else {
            Arrays.sort(removed);
            StringBuilder sb = new StringBuilder(pairs.end() - pairs.start());
            int from = pairs.start();
            for (int r : removed) {
                sb.append(source, from, r);
                from = r + 1;
            }
            view = sb.append(source, from, pairs.end()).toString();
        }
        this.text = known == null ? view : CapitalLines.titleCased(view, known);
    }

    /** The source offset of the view's character at {@code v}. */
    private int raw(int v) {
        int s = pairs.start() + v;
        for (int r : removed) {
            if (r > s) {
                break;
            }
            s++; // a bracket before it: the source is one further on
        }
        return s;
    }

    /** The source offset just after the view's character at {@code to - 1}; brackets there are not taken in. */
    int sourceEnd(int to) {
        return raw(to - 1) + 1;
    }

    /**
     * The source span of view span [from, to), widened to take in brackets that the name begins or
     * ends with ("[North] Korea", "Hao [Deqing]"); -1 in [0] when the span would split a bracket.
     */
    int[] toSource(int from, int to) {
        if (removed.length == 0) {
            return new int[] {pairs.start() + from, pairs.start() + to};
        }
        int s = raw(from);
        int e = raw(to - 1) + 1;
        for (BracketPair p : pairs.all()) {
            if (p.open() >= e) {
                break; // pairs are sorted by their opening bracket: none further can be split
            }
            if (p.close() < s) {
                continue;
            }
            boolean startsInside = s > p.open() && s <= p.close();
            boolean endsInside = e > p.open() && e <= p.close();
            if (startsInside == endsInside) {
                continue; // wholly inside or wholly outside: no bracket is split
            }
            if (startsInside) {
                if (s != p.contentStart() && !onlyTitlesBefore(p, s) || leadingSpace(p)) {
                    return new int[] {-1, -1};
                }
                s = p.open();
            } else {
                if (e != p.contentEnd()) {
                    return new int[] {-1, -1};
                }
                e = p.close() + 1;
            }
        }
        return new int[] {s, e};
    }

    /** "General [Sir Brian] Robertson": only titles in the bracket before the name, which it takes in. */
    private boolean onlyTitlesBefore(BracketPair p, int s) {
        String before = source.substring(p.contentStart(), s);
        if (!before.endsWith(" ")) {
            return false;
        }
        for (String w : before.strip().split(" ")) {
            if (!Titles.isTitle(w)) {
                return false;
            }
        }
        return true;
    }

    private boolean leadingSpace(BracketPair p) {
        return Character.isWhitespace(source.charAt(p.contentStart()));
    }

    /**
     * Whether a bracket was taken out within or at the edges of view span [from, to]: if not, no
     * bracket pair opens inside the span's source. Cheap: no span is mapped.
     */
    boolean bracketWithin(int from, int to) {
        for (int k = 0; k < removed.length; k++) {
            int v = removed[k] - pairs.start() - k; // the view offset of the character after it
            if (v > to) {
                return false;
            }
            if (v >= from) {
                return true;
            }
        }
        return false;
    }

    /** The view offset of a source offset (the next kept character). */
    int viewOffset(int sourceOffset) {
        int before = 0;
        while (before < removed.length && removed[before] < sourceOffset) {
            before++;
        }
        return sourceOffset - pairs.start() - before;
    }
}
