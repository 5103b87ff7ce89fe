package org.edition.encode;

import java.util.List;

/** Adapts {@link QuoteRecognizer} to the block pipeline. */
public final class QuoteSpans implements SpanFinder {
    private final QuoteRecognizer recognizer = new QuoteRecognizer();

    @Override
    public List<Span> find(String text, BlockPairs pairs) {
        return recognizer.find(text, pairs.start(), pairs.end());
    }
}
