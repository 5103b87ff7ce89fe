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
 * The mentions of the edition, taken out of site.xml as it is written, so that no page needs them
 * all in memory at once: each document's mentions are filed by entry into {@link #BUCKETS} files
 * (mentions-<n>.xml, the same shell as site.xml, each document with its brief and its mentions of
 * that bucket's entries, in date order), from which the entries' pages are made a bucket at a
 * time; what the index pages need, each entry's count of mentions and of documents, is counted on
 * the way (entries.xml). In site.xml a document keeps one {@code <mentioned ref kind count>} per
 * entry and kind it names. One instance per build; not thread-safe.
 */
final class MentionIndex implements AutoCloseable {
    /** Files the entries are spread over: each holds about this share of the mentions. */
    static final int BUCKETS = 16;

    private final Path dir;
    private final String start;
    private final Writer[] buckets = new Writer[BUCKETS];
    /** Each bucket is written to a temporary file, which replaces the last build's only if it differs. */
    private final Path[] temporary = new Path[BUCKETS];
    private final XMLOutputter xml = new XMLOutputter(Format.getRawFormat().setLineSeparator("\n"));
    /** Mentions and documents, by entry id. */
    private final Map<String, int[]> counts = new TreeMap<>();

    /** @param start the opening of site.xml up to its first document ({@link SiteSummary#start}) */
    MentionIndex(Path dir, String start) throws IOException {
        this.dir = dir;
        this.start = start;
        Files.createDirectories(dir);
    }

    /** The bucket of an entry id: all of an entry's mentions go in one. */
    static int bucketOf(String ref) {
        return Math.floorMod(ref.hashCode(), BUCKETS);
    }

    static Path bucket(Path dir, int b) {
        return dir.resolve("mentions-" + b + ".xml");
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
        Map<Integer, Element> byBucket = new TreeMap<>();
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
            byBucket.computeIfAbsent(bucketOf(ref), b -> SiteSummary.brief(document)).addContent(m);
        }
        mentioned.forEach((k, n) -> document.addContent(new Element("mentioned").setAttribute("ref", k.get(0))
                .setAttribute("kind", k.get(1)).setAttribute("count", String.valueOf(n[0]))));
        for (Map.Entry<Integer, Element> e : byBucket.entrySet()) {
            xml.output(e.getValue(), writer(e.getKey()));
        }
    }

    private Writer writer(int b) throws IOException {
        if (buckets[b] == null) {
            temporary[b] = Files.createTempFile(dir, ".mentions-" + b, ".tmp");
            buckets[b] = Files.newBufferedWriter(temporary[b], StandardCharsets.UTF_8);
            buckets[b].write(start);
        }
        return buckets[b];
    }

    /** Ends every bucket (a bucket no document names is an empty site) and writes entries.xml. */
    @Override
    public void close() throws IOException {
        try {
            for (int b = 0; b < BUCKETS; b++) {
                writer(b).write("</site>\n");
                buckets[b].close();
                OutputFiles.replace(temporary[b], bucket(dir, b));
            }
            StringBuilder entries = new StringBuilder(start);
            for (Map.Entry<String, int[]> e : counts.entrySet()) {
                entries.append(xml.outputString(new Element("entry").setAttribute("ref", e.getKey())
                        .setAttribute("mentions", String.valueOf(e.getValue()[0]))
                        .setAttribute("documents", String.valueOf(e.getValue()[1]))));
            }
            OutputFiles.write(entries(dir), entries.append("</site>\n").toString());
        } finally {
            for (int b = 0; b < BUCKETS; b++) {
                if (buckets[b] != null) {
                    buckets[b].close();
                }
                if (temporary[b] != null) {
                    Files.deleteIfExists(temporary[b]);
                }
            }
        }
    }
}
