package org.edition.encode;

/**
 * The enumerator of a list item as written: indentation, an optional bullet before it ("- 1."),
 * the label ("1", "a", "IV", or empty for a bare bullet) and its punctuation ("." ")" or "()").
 */
public record ListMark(int indent, String bullet, String label, String punctuation) {
    public boolean bulletOnly() {
        return label.isEmpty();
    }
}
