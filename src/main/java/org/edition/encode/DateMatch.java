package org.edition.encode;

/**
 * One date found by {@link DateRecognizer}: the span {@code [start, end)} of the block's raw text (Java
 * char indices) and its ISO 8601 normalisation ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD};
 * {@code --MM-DD} for a day and month without a year) for the attributes of a TEI {@code <date>}.
 *
 * <p>A single date sets {@code when}; a range sets {@code from} and {@code to}. {@code notBefore} and
 * {@code notAfter} belong to the same TEI attribute set and are carried for callers that build matches
 * themselves; {@link DateRecognizer} leaves them null. An impossible date ("31 June 1962") has
 * {@code impossible} set and every ISO value null: the edition records what the document says and never
 * corrects it silently. Immutable.
 */
public record DateMatch(
        int start,
        int end,
        String when,
        String from,
        String to,
        String notBefore,
        String notAfter,
        boolean impossible) {

    public DateMatch {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative span [" + start + ", " + end + ")");
        }
        if (impossible
                && (when != null || from != null || to != null || notBefore != null || notAfter != null)) {
            throw new IllegalArgumentException("an impossible date carries no ISO value");
        }
    }
}
