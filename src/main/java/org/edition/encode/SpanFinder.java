package org.edition.encode;

import java.util.List;

/**
 * Finds spans of one kind (dates, numbers, quotations, later names) in a block of source text.
 * Implementations are stateless or immutable, so one instance serves all documents and threads.
 */
public interface SpanFinder {
    /** Spans in [pairs.start(), pairs.end()) of {@code text}; they must not split a bracket pair. */
    List<Span> find(String text, BlockPairs pairs);

    /**
     * Spans in a line that signs the document ("Kolář", "A. S. KORNILOV"): there a name needs no
     * title before it to be one. By default, as anywhere else.
     */
    default List<Span> findInSignature(String text, BlockPairs pairs) {
        return find(text, pairs);
    }

    /** Told which spans of a block survived nesting (a finder that links spans to records needs it). */
    default void kept(List<Span> spans, SourceText source) {
    }
}
