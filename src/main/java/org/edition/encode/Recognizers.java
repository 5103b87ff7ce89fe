package org.edition.encode;

import java.util.List;
import org.edition.names.NameRecognizer;
import org.edition.names.Register;

/**
 * The recognizers shared by all documents of a run: built once (their patterns are compiled once)
 * and safe to use from several threads.
 */
public record Recognizers(DateRecognizer dates, List<SpanFinder> finders, NameRecognizer names) {

    /** Dates, numbers and quotations; names from {@code register} (an empty register still finds names by rule). */
    public static Recognizers standard(Register register) {
        DateRecognizer dates = new DateRecognizer();
        return new Recognizers(dates, List.of(new DateSpans(dates), new NumberSpans(new NumberRecognizer()),
                new TimeSpans(), new QuoteSpans()), new NameRecognizer(register));
    }

    public static Recognizers standard() {
        return standard(Register.empty());
    }

    /** No name recognition at all: for measuring what it costs. */
    public static Recognizers withoutNames() {
        DateRecognizer dates = new DateRecognizer();
        return new Recognizers(dates, List.of(new DateSpans(dates), new NumberSpans(new NumberRecognizer()),
                new TimeSpans(), new QuoteSpans()), null);
    }
}
