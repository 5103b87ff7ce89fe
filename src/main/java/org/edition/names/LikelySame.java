package org.edition.names;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Entries that may name the same person or body, for an editor to merge: persons with the same
 * surname whose given names or initials do not differ ("Tsedenbal", "Yu. Tsedenbal"; not "B. K. Nehru"
 * and "Jawaharlal Nehru"), and places or bodies of which one is the other's name before its "of" or
 * "in" ("Council of Ministers", "Council of Ministers of the MPR"). A hint, never a merge: the same
 * surname or name may belong to two.
 */
final class LikelySame {
    private LikelySame() {
    }

    /** For each entry that has any, the ids of the others it may be the same as, sorted. */
    static Map<String, TreeSet<String>> among(Collection<RegisterEntry> entries) {
        Map<String, List<RegisterEntry>> bySurname = new HashMap<>();
        Map<String, RegisterEntry> byName = new HashMap<>();
        for (RegisterEntry e : entries) {
            if (e.type() == EntityType.PERSON) {
                bySurname.computeIfAbsent(surname(e.preferredName()), k -> new ArrayList<>()).add(e);
            } else {
                byName.putIfAbsent(e.type() + " " + NameForms.letters(e.preferredName()), e);
            }
        }
        Map<String, TreeSet<String>> out = new TreeMap<>();
        for (List<RegisterEntry> same : bySurname.values()) {
            for (int i = 0; i < same.size(); i++) {
                for (int j = i + 1; j < same.size(); j++) {
                    RegisterEntry a = same.get(i);
                    RegisterEntry b = same.get(j);
                    // the shorter name's words fit the other's: "Tsedenbal" and "Yu. Tsedenbal", "L. Soloviev" and "L. N. Soloviev"
                    if (Initials.fit(a.preferredName(), b.names()) || Initials.fit(b.preferredName(), a.names())) {
                        pair(out, a, b);
                    }
                }
            }
        }
        for (RegisterEntry e : entries) {
            if (e.type() == EntityType.PERSON) {
                continue;
            }
            String name = e.preferredName();
            for (int k = name.indexOf(' '); k > 0; k = name.indexOf(' ', k + 1)) {
                if (name.startsWith(" of ", k) || name.startsWith(" in ", k)) {
                    RegisterEntry shorter = byName.get(e.type() + " " + NameForms.letters(name.substring(0, k)));
                    if (shorter != null && shorter != e) {
                        pair(out, shorter, e);
                    }
                }
            }
        }
        return out;
    }

    private static void pair(Map<String, TreeSet<String>> out, RegisterEntry a, RegisterEntry b) {
        out.computeIfAbsent(a.id(), k -> new TreeSet<>()).add(b.id());
        out.computeIfAbsent(b.id(), k -> new TreeSet<>()).add(a.id());
    }

    private static String surname(String name) {
        return NameForms.letters(NameForms.lastWord(name));
    }
}
