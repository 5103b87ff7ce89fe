package org.edition.encode;

/**
 * One matched pair of square brackets in the source: offsets of '[' and ']', and its nesting depth
 * (0 = outermost).
 */
public record BracketPair(int open, int close, int depth) {
    public int contentStart() {
        return open + 1;
    }

    public int contentEnd() {
        return close;
    }

    public boolean contains(int offset) {
        return offset > open && offset < close;
    }
}
