package org.edition.names;

import java.util.List;
import java.util.Map;

/**
 * What one document added to the run's register, in the order it added it: the entries Edition
 * made for names the register does not know (each as the document reached it), every mention of
 * them with its position, and how often it named each registered entry. Kept beside the document's
 * TEI, it lets a later build add the same without converting the document again
 * ({@link RunRegister#replay}); the register and review that come out are the same either way.
 */
public record Contribution(List<RegisterEntry> added, List<Mention> mentions, Map<String, Integer> counted) {
    public Contribution {
        added = List.copyOf(added);
        mentions = List.copyOf(mentions);
        counted = Map.copyOf(counted);
    }

    /** Collects a document's contribution as the document adds it to the run's register. Not thread-safe (one per document). */
    static final class Recorder {
        private final List<RegisterEntry> added = new java.util.ArrayList<>();
        private final List<Mention> mentions = new java.util.ArrayList<>();
        private final Map<String, Integer> counted = new java.util.TreeMap<>();

        void added(RegisterEntry entry) {
            added.add(entry);
        }

        void mentioned(Mention m) {
            mentions.add(m);
        }

        void counted(String entryId) {
            counted.merge(entryId, 1, Integer::sum);
        }

        Contribution contribution() {
            return new Contribution(added, mentions, counted);
        }
    }
}
