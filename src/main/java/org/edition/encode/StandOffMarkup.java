package org.edition.encode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document's {@code standOff}, made of entries written once per run ({@link WrittenElement}):
 * the lists in order ({@code listPerson}, {@code listPlace}, {@code listOrg}), each with its entries.
 * {@link TeiWriter} writes it after the text exactly as it would write the same elements.
 */
public final class StandOffMarkup {
    /** The depth of an entry: TEI, standOff, list, entry. */
    public static final int ENTRY_DEPTH = 3;

    private final Map<String, List<WrittenElement>> lists;

    /** @param lists each list's element name and its entries, in the order they are written; none empty */
    public StandOffMarkup(Map<String, List<WrittenElement>> lists) {
        this.lists = new LinkedHashMap<>(lists);
    }

    Map<String, List<WrittenElement>> lists() {
        return lists;
    }
}
