package org.edition.names;

/** One place in one input where a name was linked to an entry. */
public record Mention(String file, int line, int column, String entryId, String surface) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + "  " + surface;
    }
}
