package org.edition.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Collects, across the documents of one run (in any order, from any thread), the entries Edition
 * made for names the register does not know, and every mention. Results come out sorted, so the
 * same inputs give the same register and report however the work was scheduled.
 */
public final class RunRegister {
    private final Register register;
    private final Map<String, RegisterEntry> found = new ConcurrentHashMap<>();
    /** Mentions kept by entry, in source order; at most {@link #SHOWN} of each unless recording all. */
    private final Map<String, java.util.TreeSet<Mention>> mentions = new ConcurrentHashMap<>();
    /** Where an entry is found in thousands of places, an editor needs a few of them to decide. */
    static final int SHOWN = 20;
    private static final Comparator<Mention> SOURCE_ORDER = Comparator.comparing(Mention::file)
            .thenComparingInt(Mention::line).thenComparingInt(Mention::column).thenComparing(Mention::entryId);
    private final Map<String, java.util.concurrent.atomic.LongAdder> counts = new ConcurrentHashMap<>();

    private volatile boolean recordAll;

    RunRegister(Register register) {
        this.register = register;
    }

    /** Keep every mention with its position (for measuring recognition), not only the unreviewed ones. */
    public void recordAll() {
        recordAll = true;
    }

    boolean recordsAll() {
        return recordAll;
    }

    public Register register() {
        return register;
    }

    void add(RegisterEntry entry) {
        if (found.get(entry.id()) == entry) {
            return; // names resolve to one entry per run: the usual case
        }
        // the same id from two documents: the smaller name wins, whichever came first, and keeps the other's forms
        found.merge(entry.id(), entry, (a, b) -> a.preferredName().compareTo(b.preferredName()) <= 0
                ? a.withNamesOf(b) : b.withNamesOf(a));
    }

    /** Counts a mention of a registered entry; only unreviewed entries keep where they were found. */
    void count(String entryId) {
        count(entryId, 1);
    }

    private void count(String entryId, int times) {
        counts.computeIfAbsent(entryId, k -> new java.util.concurrent.atomic.LongAdder()).add(times);
    }

    /** Records a mention; the first ones in source order are kept, whatever order the documents come in. */
    void mention(Mention m) {
        count(m.entryId());
        java.util.TreeSet<Mention> kept = mentions.computeIfAbsent(m.entryId(), k -> new java.util.TreeSet<>(SOURCE_ORDER));
        synchronized (kept) { // one lock per entry: threads working on different names do not wait
            if (!recordAll && kept.size() >= SHOWN && SOURCE_ORDER.compare(m, kept.last()) > 0) {
                return;
            }
            kept.add(m);
            if (!recordAll && kept.size() > SHOWN) {
                kept.pollLast();
            }
        }
    }

    /**
     * Whether a mention of the entry in {@code file} could be among those kept, so that its
     * position is worth working out; if not, it is only counted. The answer stays right as more
     * mentions come in, since the last one kept only moves earlier.
     */
    boolean mayKeep(String entryId, String file) {
        if (recordAll) {
            return true;
        }
        java.util.TreeSet<Mention> kept = mentions.get(entryId);
        if (kept == null) {
            return true;
        }
        synchronized (kept) {
            return kept.size() < SHOWN || kept.last().file().compareTo(file) >= 0;
        }
    }

    /**
     * Adds what a document contributed in an earlier build ({@link DocumentNames#contribution}),
     * exactly as converting it again would: its entries, its mentions (those that may be kept, the
     * others counted) and its counts.
     */
    public void replay(Contribution c) {
        c.added().forEach(this::add);
        c.mentions().forEach(this::offer);
        c.counted().forEach(this::count);
    }

    /** Records a mention if it may be among those kept ({@link #mayKeep}), else only counts it. */
    void offer(Mention m) {
        if (mayKeep(m.entryId(), m.file())) {
            mention(m);
        } else {
            count(m.entryId());
        }
    }

    /** How often each entry was mentioned in the run. */
    public Map<String, Long> counts() {
        Map<String, Long> out = new java.util.TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    /** Entries made by Edition in this run, not in the register, sorted by id. */
    public List<RegisterEntry> unreviewed() {
        List<RegisterEntry> out = new ArrayList<>(found.values());
        out.removeIf(e -> register.byId(e.id()) != null);
        out.sort(Comparator.comparing(RegisterEntry::id));
        return out;
    }

    /**
     * The recorded mentions of the run, sorted: all of them when recording, else the first
     * {@value #SHOWN} of each unreviewed entry ({@link #counts} has how many there are).
     */
    public List<Mention> mentions() {
        List<Mention> out = new ArrayList<>();
        for (java.util.TreeSet<Mention> kept : mentions.values()) {
            synchronized (kept) {
                out.addAll(kept);
            }
        }
        out.sort(SOURCE_ORDER);
        return out;
    }
}
