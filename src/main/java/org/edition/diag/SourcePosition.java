package org.edition.diag;

/** A 1-based line and column in an input file; column counts Unicode code points. */
public record SourcePosition(int line, int column) {
    public static final SourcePosition UNKNOWN = new SourcePosition(0, 0);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
