package org.edition.meta;

import java.util.List;

/**
 * What the text of a document cannot tell: who translated it, where the original is, under what
 * licence. Read from {@code <name>.meta.yaml} beside an input, over the edition-wide defaults in
 * {@code edition.yaml}. Every field may be null (unknown); nothing is ever invented for it.
 */
public record Metadata(
        String title,
        String type,
        String translator,
        String language,
        String publisher,
        String edition,
        String licence,
        String licenceText,
        List<String> keywords,
        Source source,
        String description,
        String url) {

    /** Where the translation (and its original) come from. */
    public record Source(String title, String publisher, String archive, String collection, String callNumber,
            String url, String date) {
        public static final Source EMPTY = new Source(null, null, null, null, null, null, null);

        Source over(Source defaults) {
            return new Source(or(title, defaults.title), or(publisher, defaults.publisher),
                    or(archive, defaults.archive), or(collection, defaults.collection),
                    or(callNumber, defaults.callNumber), or(url, defaults.url), or(date, defaults.date));
        }

        public boolean isEmpty() {
            return equals(EMPTY);
        }
    }

    public static final Metadata EMPTY = new Metadata(null, null, null, null, null, null, null, null, List.of(),
            Source.EMPTY, null, null);

    /** This document's values, with the edition's defaults where this one has none. */
    public Metadata over(Metadata defaults) {
        return new Metadata(or(title, defaults.title), or(type, defaults.type), or(translator, defaults.translator),
                or(language, defaults.language), or(publisher, defaults.publisher), or(edition, defaults.edition),
                or(licence, defaults.licence), or(licenceText, defaults.licenceText),
                keywords.isEmpty() ? defaults.keywords : keywords, source.over(defaults.source),
                or(description, defaults.description), or(url, defaults.url));
    }

    private static String or(String a, String b) {
        return a != null ? a : b;
    }
}
