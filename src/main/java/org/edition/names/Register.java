package org.edition.names;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The curated register: entries by id, every name form mapped to its entries, and the names an
 * editor rejected. Immutable once read, so one instance serves all documents and threads.
 */
public final class Register {
    private final Map<String, RegisterEntry> byId;
    private final Map<String, List<RegisterEntry>> byName;
    private final Set<String> rejected;

    public Register(Collection<RegisterEntry> entries, Collection<String> rejectedNames) {
        Map<String, RegisterEntry> ids = new LinkedHashMap<>();
        Map<String, List<RegisterEntry>> names = new HashMap<>();
        for (RegisterEntry e : entries) {
            ids.put(e.id(), e);
            for (String n : e.names()) {
                List<RegisterEntry> list = names.computeIfAbsent(n, k -> new ArrayList<>());
                if (!list.contains(e)) {
                    list.add(e);
                }
            }
        }
        this.byId = Collections.unmodifiableMap(ids);
        this.byName = Collections.unmodifiableMap(names);
        TreeSet<String> r = new TreeSet<>();
        rejectedNames.forEach(n -> r.add(normalise(n)));
        this.rejected = Collections.unmodifiableSet(r);
    }

    public static Register empty() {
        return new Register(List.of(), List.of());
    }

    public Collection<RegisterEntry> entries() {
        return byId.values();
    }

    public RegisterEntry byId(String id) {
        return byId.get(id);
    }

    /** Entries with this exact name form (more than one means the register is ambiguous). */
    public List<RegisterEntry> byName(String name) {
        return byName.getOrDefault(name, List.of());
    }

    public Set<String> names() {
        return byName.keySet();
    }

    public boolean hasRejections() {
        return !rejected.isEmpty();
    }

    public boolean isRejected(String name) {
        return rejected.contains(normalise(name));
    }

    public Set<String> rejectedNames() {
        return rejected;
    }

    /** Lower case, brackets out, whitespace collapsed: how rejected names are compared. */
    static String normalise(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '[' || c == ']') {
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }
}
