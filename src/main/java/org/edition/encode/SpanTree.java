package org.edition.encode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.edition.tei.Tei;
import org.jdom2.Content;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.Text;

/**
 * Nests the spans found in one block and turns the block into TEI mixed content. Spans are taken
 * in priority order; one that would cross an accepted span, or fall into a marker that is not
 * content, is dropped (a bracket is never dropped: brackets come first and never cross).
 */
public final class SpanTree {
    private final String text;
    private final int regionStart;
    private final int regionEnd;
    private final List<Span> roots = new ArrayList<>();

    private SpanTree(String text, int regionStart, int regionEnd) {
        this.text = text;
        this.regionStart = regionStart;
        this.regionEnd = regionEnd;
    }

    /*
     * Comparators of their own, written out: those composed with Comparator.comparing share their
     * calls of the keys with every such use in the JVM, which makes them slow where they sort the
     * spans of every block.
     */
    /** Higher priority first, then from left to right. */
    private static final Comparator<Span> BY_PRIORITY = (a, b) -> {
        int c = b.priority.compareTo(a.priority);
        return c != 0 ? c : Integer.compare(a.start, b.start);
    };
    /** From left to right, the longer of two that start together first (it holds the other), then by priority. */
    private static final Comparator<Span> NESTING_ORDER = (a, b) -> {
        int c = Integer.compare(a.start, b.start);
        if (c == 0) {
            c = Integer.compare(b.end, a.end);
        }
        return c != 0 ? c : a.priority.compareTo(b.priority);
    };

    /** Builds the tree; the surviving spans get their {@code parent} and {@code children} set. */
    public static SpanTree build(String text, int regionStart, int regionEnd, List<Span> candidates) {
        SpanTree tree = new SpanTree(text, regionStart, regionEnd);
        List<Span> byPriority = new ArrayList<>(candidates);
        byPriority.sort(BY_PRIORITY);
        List<Span> accepted = new ArrayList<>();
        for (Span candidate : byPriority) {
            if (fits(candidate, accepted)) {
                accepted.add(candidate);
            }
        }
        accepted.sort(NESTING_ORDER);
        Deque<Span> stack = new ArrayDeque<>();
        for (Span span : accepted) {
            while (!stack.isEmpty() && !(stack.peek().end >= span.end && stack.peek().canHold(span))) {
                stack.pop();
            }
            if (stack.isEmpty()) {
                tree.roots.add(span);
            } else {
                span.parent = stack.peek();
                stack.peek().children.add(span);
            }
            stack.push(span);
        }
        return tree;
    }

    private static boolean fits(Span candidate, List<Span> accepted) {
        for (Span other : accepted) {
            if (candidate.crosses(other)) {
                return false;
            }
            boolean overlaps = candidate.start < other.end && candidate.end > other.start;
            if (!overlaps) {
                continue;
            }
            boolean inside = candidate.start >= other.start && candidate.end <= other.end;
            boolean around = other.start >= candidate.start && other.end <= candidate.end;
            boolean sameExtent = inside && around;
            if (sameExtent) {
                if (!other.canHold(candidate) && !candidate.canHold(other)) {
                    return false;
                }
            } else if (inside && !other.canHold(candidate)) {
                return false;
            } else if (around && !candidate.canHold(other)) {
                return false;
            }
        }
        return true;
    }

    public List<Span> roots() {
        return roots;
    }

    /** The region as TEI content: text, with each span an element. */
    public List<Content> toContent() {
        return emit(regionStart, regionEnd, List.of(), roots);
    }

    private List<Content> emit(int from, int to, List<int[]> skips, List<Span> children) {
        List<Content> out = new ArrayList<>();
        int pos = from;
        for (Span child : children) {
            appendText(out, pos, child.start, skips);
            out.add(toElement(child));
            pos = child.end;
        }
        appendText(out, pos, to, skips);
        return out;
    }

    private Element toElement(Span span) {
        Element e = Tei.element(span.element);
        span.attributes.forEach((name, value) -> {
            if (name.startsWith("xml:")) {
                e.setAttribute(name.substring(4), value, Namespace.XML_NAMESPACE);
            } else {
                e.setAttribute(name, value);
            }
        });
        for (Span.FixedChild fixed : span.fixedChildren) {
            e.addContent(Tei.element(fixed.element()).setText(fixed.text()));
        }
        e.addContent(emit(span.contentStart, span.contentEnd, span.skips, span.children));
        return e;
    }

    private void appendText(List<Content> out, int from, int to, List<int[]> skips) {
        int pos = from;
        for (int[] skip : skips) {
            if (skip[1] <= pos || skip[0] >= to) {
                continue;
            }
            addText(out, pos, Math.max(pos, skip[0]));
            pos = Math.max(pos, skip[1]);
        }
        addText(out, pos, to);
    }

    private void addText(List<Content> out, int from, int to) {
        if (to > from) {
            out.add(new Text(text.substring(from, to)));
        }
    }
}
