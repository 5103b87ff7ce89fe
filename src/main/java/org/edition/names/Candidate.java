package org.edition.names;

/**
 * A name found in a block's view: its view span, type, the name as read (brackets removed, an
 * alternative form left out), the register entry it belongs to, if known, and whether it is one of
 * the register's own forms (which win over anything found by rule).
 */
record Candidate(int start, int end, EntityType type, String name, RegisterEntry entry, boolean registerForm) {
    Candidate(int start, int end, EntityType type, String name, RegisterEntry entry) {
        this(start, end, type, name, entry, false);
    }

    int length() {
        return end - start;
    }

    boolean contains(Candidate o) {
        return start <= o.start && o.end <= end;
    }

    boolean overlaps(Candidate o) {
        return start < o.end && o.start < end;
    }
}
