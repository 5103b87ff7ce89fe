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

    /**
     * This entry with the other's name forms too, where one id was reached by two forms ("Pak Song
     * Chol", "Pak Song-chol"): the preferred name stays first, the others follow sorted, so the
     * result does not depend on which came first. An editor's entry stays as the editor wrote it.
     */
    public RegisterEntry withNamesOf(RegisterEntry other) {
        if (other == this || !unreviewed() || names.containsAll(other.names)) {
            return this;
        }
        java.util.TreeSet<String> others = new java.util.TreeSet<>(names.subList(1, names.size()));
        others.addAll(other.names);
        others.remove(preferredName());
        List<String> all = new java.util.ArrayList<>(List.of(preferredName()));
        all.addAll(others);
        return new RegisterEntry(id, type, List.copyOf(all), source);
    }
}
