package org.edition.encode;

import java.util.Arrays;
import org.edition.diag.SourcePosition;

/**
 * The decoded text of one input file with line breaks normalised to LF, and a map from char offsets
 * back to 1-based line and column (columns count code points, as editors do). Immutable.
 */
public final class SourceText {
    private final String name;
    private final String text;
    private final int[] lineStarts;

    public SourceText(String name, String text) {
        this.name = name;
        this.text = text;
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        lineStarts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts[line++] = i + 1;
            }
        }
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    public int lineStart(int lineIndex) {
        return lineStarts[lineIndex];
    }

    /** End of a line's content, before its LF (0-based line index). */
    public int lineEnd(int lineIndex) {
        return lineIndex + 1 < lineStarts.length ? lineStarts[lineIndex + 1] - 1 : text.length();
    }

    public SourcePosition positionOf(int offset) {
        int idx = Arrays.binarySearch(lineStarts, offset);
        int lineIndex = idx >= 0 ? idx : -idx - 2;
        int column = text.codePointCount(lineStarts[lineIndex], Math.min(offset, text.length())) + 1;
        return new SourcePosition(lineIndex + 1, column);
    }
}
