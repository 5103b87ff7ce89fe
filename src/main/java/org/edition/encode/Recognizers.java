package org.edition.encode;

import java.util.List;

/**
 * The recognizers shared by all documents of a run: built once (their patterns are compiled once)
 * and safe to use from several threads.
 */
public record Recognizers(DateRecognizer dates, List<SpanFinder> finders) {

    public static Recognizers standard() {
        DateRecognizer dates = new DateRecognizer();
        return new Recognizers(dates, List.of(new DateSpans(dates), new NumberSpans(new NumberRecognizer()),
                new QuoteSpans()));
    }
}
