package org.edition.encode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stretch of a block's source text that becomes one TEI element. {@code start..end} is the whole
 * stretch (used for nesting); {@code contentStart..contentEnd} is what becomes the element's
 * content, minus {@code skips} (markers such as " [sic]" whose meaning the element carries). A span
 * may also carry fixed child elements, e.g. the {@code desc} of a {@code gap}.
 */
public final class Span {
    /** Who wins when two spans cross: brackets are never dropped, numbers first. */
    public enum Priority { NUMBER, DATE, QUOTE, NAME, WRAPPER, BRACKET }

    final int start;
    final int end;
    final int contentStart;
    final int contentEnd;
    final String element;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final List<int[]> skips = new ArrayList<>();
    final List<FixedChild> fixedChildren = new ArrayList<>();
    final Priority priority;
    final List<Span> children = new ArrayList<>();
    Span parent;

    /** A child element with plain text content, emitted before the span's content. */
    public record FixedChild(String element, String text) {
    }

    public Span(String element, int start, int end, int contentStart, int contentEnd, Priority priority) {
        if (start > contentStart || contentStart > contentEnd || contentEnd > end) {
            throw new IllegalArgumentException("bad span " + start + ".." + contentStart + ".." + contentEnd + ".." + end);
        }
        this.element = element;
        this.start = start;
        this.end = end;
        this.contentStart = contentStart;
        this.contentEnd = contentEnd;
        this.priority = priority;
    }

    /** A span whose content is all of it. */
    public static Span whole(String element, int start, int end, Priority priority) {
        return new Span(element, start, end, start, end, priority);
    }

    public Span attr(String name, String value) {
        if (value != null) {
            attributes.put(name, value);
        }
        return this;
    }

    public Span skip(int from, int to) {
        if (to > from) {
            skips.add(new int[] {from, to});
        }
        return this;
    }

    public Span fixedChild(String childElement, String text) {
        fixedChildren.add(new FixedChild(childElement, text));
        return this;
    }

    public String element() {
        return element;
    }

    public String attribute(String name) {
        return attributes.get(name);
    }

    public Span parent() {
        return parent;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** True when {@code other} may nest inside this span's content. */
    boolean canHold(Span other) {
        if (other.start < contentStart || other.end > contentEnd) {
            return false;
        }
        for (int[] s : skips) {
            if (other.start < s[1] && other.end > s[0]) {
                return false;
            }
        }
        return true;
    }

    boolean crosses(Span other) {
        return other.start < end && other.end > start
                && !(other.start >= start && other.end <= end)
                && !(start >= other.start && end <= other.end);
    }

    @Override
    public String toString() {
        return element + attributes + "@" + start + ".." + end;
    }
}
