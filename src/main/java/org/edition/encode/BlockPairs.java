package org.edition.encode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The bracket pairs of one block, looked up by either bracket's offset. */
public final class BlockPairs {
    private final List<BracketPair> pairs;
    private final Map<Integer, BracketPair> byOpen = new HashMap<>();
    private final Map<Integer, BracketPair> byClose = new HashMap<>();
    private final int start;
    private final int end;

    public BlockPairs(List<BracketPair> pairs, int start, int end) {
        this.pairs = pairs;
        this.start = start;
        this.end = end;
        for (BracketPair p : pairs) {
            byOpen.put(p.open(), p);
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
        return byOpen.get(offset);
    }

    public BracketPair closingAt(int offset) {
        return byClose.get(offset);
    }

    /** True when another pair lies inside this one. Pairs are sorted by opening offset. */
    public boolean hasInner(BracketPair pair) {
        int i = pairs.indexOf(pair);
        return i >= 0 && i + 1 < pairs.size() && pairs.get(i + 1).open() < pair.close();
    }
}
