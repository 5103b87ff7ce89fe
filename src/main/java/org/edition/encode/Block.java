package org.edition.encode;

import java.util.List;

/**
 * A block of the source: a paragraph-like run of lines, a list item, a table or a page marker.
 * {@code start..end} is the text to encode (for an item: after its enumerator); {@code lineStart}
 * is where its first line begins; {@code lines} counts its source lines.
 */
public record Block(Kind kind, int lineStart, int start, int end, int lines, ListMark mark, List<List<int[]>> rows,
        boolean afterBlank) {
    public enum Kind { TEXT, ITEM, TABLE, PAGE }

    static Block text(int start, int end, int lines, boolean afterBlank) {
        return new Block(Kind.TEXT, start, start, end, lines, null, null, afterBlank);
    }

    static Block item(int lineStart, int start, int end, int lines, ListMark mark, boolean afterBlank) {
        return new Block(Kind.ITEM, lineStart, start, end, lines, mark, null, afterBlank);
    }

    static Block table(int start, int end, List<List<int[]>> rows) {
        return new Block(Kind.TABLE, start, start, end, rows.size(), null, rows, true);
    }

    static Block page(int start, int end, boolean afterBlank) {
        return new Block(Kind.PAGE, start, start, end, 1, null, null, afterBlank);
    }

    /** The same lines read as plain text (an enumerator that turned out to be an initial). */
    Block asText() {
        return text(lineStart, end, lines, afterBlank);
    }

    /** One line of this block as a block of its own. */
    Block line(int lineStartOffset, int lineEndOffset) {
        return text(lineStartOffset, lineEndOffset, 1, afterBlank && lineStartOffset == lineStart);
    }

    /** Its lines as [start, end) offsets with the indentation left out; trailing spaces stay. */
    List<int[]> lineRanges(String text) {
        List<int[]> out = new java.util.ArrayList<>();
        int pos = lineStart;
        while (pos < end) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 || nl > end ? end : nl;
            int s = pos;
            while (s < lineEnd && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            out.add(new int[] {s, lineEnd});
            pos = lineEnd + 1;
        }
        return out;
    }

    boolean singleLine() {
        return lines == 1 && kind == Kind.TEXT;
    }
}
