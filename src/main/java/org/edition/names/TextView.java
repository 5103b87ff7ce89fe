package org.edition.names;

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
    private final int[] raw;
    private final BlockPairs pairs;
    private final String source;

    TextView(String source, BlockPairs pairs) {
        this.source = source;
        this.pairs = pairs;
        if (pairs.all().isEmpty()) {
            // no brackets: the view is the text itself
            this.text = source.substring(pairs.start(), pairs.end());
            this.raw = null;
            return;
        }
        StringBuilder sb = new StringBuilder(pairs.end() - pairs.start());
        int[] map = new int[pairs.end() - pairs.start()];
        int n = 0;
        for (int i = pairs.start(); i < pairs.end(); i++) {
            char c = source.charAt(i);
            if ((c == '[' && pairs.openingAt(i) != null) || (c == ']' && pairs.closingAt(i) != null)) {
                continue;
            }
            sb.append(c);
            map[n++] = i;
        }
        this.text = sb.toString();
        this.raw = map;
    }

    /**
     * The source span of view span [from, to), widened to take in brackets that the name begins or
     * ends with ("[North] Korea", "Hao [Deqing]"); -1 in [0] when the span would split a bracket.
     */
    int[] toSource(int from, int to) {
        if (raw == null) {
            return new int[] {pairs.start() + from, pairs.start() + to};
        }
        int s = raw[from];
        int e = raw[to - 1] + 1;
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
                if (s != p.contentStart() || leadingSpace(p)) {
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

    private boolean leadingSpace(BracketPair p) {
        return Character.isWhitespace(source.charAt(p.contentStart()));
    }

    /** The view offset of a source offset (the next kept character). */
    int viewOffset(int sourceOffset) {
        if (raw == null) {
            return sourceOffset - pairs.start();
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (raw[mid] < sourceOffset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
