package org.edition.site;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.edition.pipeline.OutputFiles;
import org.jdom2.Element;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * The mentions of the edition, taken out of the site summary as it is written, so that no page needs
 * them all in memory at once: each document's mentions are filed by entry into buckets (at least
 * {@link #BUCKETS}, more for a larger edition, so that a bucket holds about as many entries at
 * 10,000 documents as at 1,000), and within a bucket by the page of the entry they go on
 * ({@link SiteSettings#documentsPerPage} documents to a page): mentions-<bucket>-<page>.xml, the same shell as the summary's parts, each document with its
 * brief and its mentions of those entries on that page, in date order. The entries' pages are made a
 * file at a time, so that an entry named in every document of a large edition costs no more memory
 * than one named in a few hundred. What the index pages need, each entry's count of mentions and of
 * documents, is counted on the way (entries.xml). In the summary a document keeps one
 * {@code <mentioned ref kind count>} per entry and kind it names. One instance per build; not
 * thread-safe.
 */
final class MentionIndex implements AutoCloseable {
    /** Files the entries are spread over: each holds about this share of the mentions. */
    static final int BUCKETS = 16;
    /** Documents of the edition for each further bucket. */
    private static final int DOCUMENTS_PER_BUCKET = 16;

    private final Path dir;
    private final String start;
    private final int perPage;
    private final int buckets;
    /** The kinds of entry (person, place, organization) with mentions in each file. */
    private final Map<Key, java.util.SortedSet<String>> kinds = new TreeMap<>();
    /** The files begun, by bucket and page; each is written to a temporary file, which replaces the last build's only if it differs. */
    private final Map<Key, Writer> writers = new TreeMap<>();
    private final Map<Key, Path> temporary = new TreeMap<>();
    private final XMLOutputter xml = new XMLOutputter(Format.getRawFormat().setLineSeparator("\n"));
    /** Mentions and documents, by entry id. */
    private final Map<String, int[]> counts = new TreeMap<>();

    /**
     * @param start the opening of a part of the summary up to its first document ({@link SiteSummary#start})
     * @param perPage documents listed on one page of an entry
     */
    MentionIndex(Path dir, String start, int perPage, int documents) throws IOException {
        this.dir = dir;
        this.start = start;
        this.perPage = perPage;
        this.buckets = Math.max(BUCKETS, documents / DOCUMENTS_PER_BUCKET);
        Files.createDirectories(dir);
    }

    /** The bucket of an entry id: all of an entry's mentions go in one. */
    private int bucketOf(String ref) {
        return Math.floorMod(ref.hashCode(), buckets);
    }

    /** One file of mentions: those of the entries of a bucket that go on their page {@code page} (from 1). */
    private record Key(int bucket, int page) implements Comparable<Key> {
        Path in(Path dir) {
            return dir.resolve("mentions-" + bucket + "-" + page + ".xml");
        }

        @Override
        public int compareTo(Key o) {
            return bucket != o.bucket ? Integer.compare(bucket, o.bucket) : Integer.compare(page, o.page);
        }
    }

    /** A file of mentions written, the page of its entries that it makes, and the kinds of entry it has mentions of. */
    record Filed(Path file, int page, java.util.SortedSet<String> kinds) {
    }

    /** The files written, in order of bucket and page (once closed). */
    List<Filed> filed() {
        List<Filed> out = new ArrayList<>();
        kinds.forEach((key, k) -> out.add(new Filed(key.in(dir), key.page(), k)));
        return out;
    }

    static Path entries(Path dir) {
        return dir.resolve("entries.xml");
    }

    /**
     * Takes the mentions out of a document's whole summary (in date order, one document after
     * another) and files them; the document is left with a {@code mentioned} per entry and kind.
     */
    void file(Element document) throws IOException {
        List<Element> mentions = new ArrayList<>(document.getChildren("mention"));
        document.removeChildren("mention");
        // by entry and kind, in the order first named: the mentioned elements, and their counts
        Map<List<String>, int[]> mentioned = new LinkedHashMap<>();
        Map<Key, Element> byFile = new TreeMap<>();
        java.util.Set<String> named = new java.util.HashSet<>();
        for (Element m : mentions) {
            String ref = m.getAttributeValue("ref", "");
            mentioned.computeIfAbsent(List.of(ref, m.getAttributeValue("kind", "")), k -> new int[1])[0]++;
            if (ref.isEmpty()) {
                continue; // a name without an entry has no page
            }
            int[] c = counts.computeIfAbsent(ref, r -> new int[2]);
            c[0]++;
            if (named.add(ref)) {
                c[1]++; // the first mention of the entry in this document
            }
            Key file = new Key(bucketOf(ref), (c[1] - 1) / perPage + 1);
            byFile.computeIfAbsent(file, b -> SiteSummary.brief(document)).addContent(m);
            kinds.computeIfAbsent(file, k -> new java.util.TreeSet<>()).add(m.getAttributeValue("kind", ""));
        }
        mentioned.forEach((k, n) -> document.addContent(new Element("mentioned").setAttribute("ref", k.get(0))
                .setAttribute("kind", k.get(1)).setAttribute("count", String.valueOf(n[0]))));
        for (Map.Entry<Key, Element> e : byFile.entrySet()) {
            xml.output(e.getValue(), writer(e.getKey()));
        }
    }

    private Writer writer(Key file) throws IOException {
        Writer w = writers.get(file);
        if (w == null) {
            Path tmp = Files.createTempFile(dir, ".mentions-" + file.bucket() + "-" + file.page(), ".tmp");
            temporary.put(file, tmp);
            // an encoder's own buffer, no second one: a large edition has a few hundred of these open
            w = new java.io.OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8);
            writers.put(file, w);
            w.write(start);
        }
        return w;
    }

    /** Ends every file, removes those of an earlier build that this one did not write, and writes entries.xml. */
    @Override
    public void close() throws IOException {
        try {
            for (Map.Entry<Key, Writer> e : writers.entrySet()) {
                e.getValue().write("</site>\n");
                e.getValue().close();
                OutputFiles.replace(temporary.get(e.getKey()), e.getKey().in(dir));
            }
            // the files of an earlier build that this one did not write
            java.util.Set<Path> kept = new java.util.HashSet<>();
            writers.keySet().forEach(k -> kept.add(k.in(dir)));
            try (java.util.stream.Stream<Path> all = Files.list(dir)) {
                for (Path stale : all.filter(p -> p.getFileName().toString().matches("mentions-[0-9-]+\\.xml"))
                        .filter(p -> !kept.contains(p)).toList()) {
                    Files.delete(stale);
                }
            }
            StringBuilder entries = new StringBuilder(start);
            for (Map.Entry<String, int[]> e : counts.entrySet()) {
                entries.append(xml.outputString(new Element("entry").setAttribute("ref", e.getKey())
                        .setAttribute("mentions", String.valueOf(e.getValue()[0]))
                        .setAttribute("documents", String.valueOf(e.getValue()[1]))));
            }
            OutputFiles.write(entries(dir), entries.append("</site>\n").toString());
        } finally {
            for (Writer w : writers.values()) {
                w.close();
            }
            for (Path tmp : temporary.values()) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
