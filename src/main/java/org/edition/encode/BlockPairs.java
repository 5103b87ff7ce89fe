package org.edition.encode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The bracket pairs of one block, looked up by either bracket's offset. */
public final class BlockPairs {
    private final List<BracketPair> pairs;
    /** Index of each pair in {@link #pairs}, by its opening offset. */
    private final Map<Integer, Integer> byOpen = new HashMap<>();
    private final Map<Integer, BracketPair> byClose = new HashMap<>();
    private final int start;
    private final int end;

    public BlockPairs(List<BracketPair> pairs, int start, int end) {
        this.pairs = pairs;
        this.start = start;
        this.end = end;
        for (int i = 0; i < pairs.size(); i++) {
            BracketPair p = pairs.get(i);
            byOpen.put(p.open(), i);
            byClose.put(p.close(), p);
        }
    }

    public List<BracketPair> all() {
        return pairs;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public BracketPair openingAt(int offset) {
        Integer i = byOpen.get(offset);
        return i == null ? null : pairs.get(i);
    }

    public BracketPair closingAt(int offset) {
        return byClose.get(offset);
    }

    /** True when another pair lies inside this one. Pairs are sorted by opening offset. */
    public boolean hasInner(BracketPair pair) {
        Integer i = byOpen.get(pair.open());
        return i != null && i + 1 < pairs.size() && pairs.get(i + 1).open() < pair.close();
    }
}
