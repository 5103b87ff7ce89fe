package org.edition.names;

import java.util.List;
import org.jdom2.Element;

/**
 * One person, place or organization: its id, its name forms (the first is the preferred one), and
 * the TEI element it was read from, kept as the editor wrote it. An entry Edition made itself has
 * no editor's element and is unreviewed.
 */
public record RegisterEntry(String id, EntityType type, List<String> names, Element source) {
    public String preferredName() {
        return names.get(0);
    }

    public boolean unreviewed() {
        return source == null;
    }
}
