package org.edition.site;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jdom2.Element;

/**
 * What the pages over the whole edition need to know of all its documents, gathered one document
 * at a time while the parts of the summary are written, so that no page reads every document:
 * the totals, the years, the types, the entries named, the sources and licences with their counts,
 * the search shards, the parts (the documents of one listing page each, with their first and last
 * document) and the part in which each year begins. These are counts and lists only; how they read
 * on a page is the stylesheets' business. One instance per build; not thread-safe.
 */
final class SiteDigest {
    private static final List<String> COUNTS = List.of("words", "supplied", "gap", "note", "corrections");

    private int documents;
    private int dated;
    private final long[] counts = new long[COUNTS.size()];
    private long mentions;
    private final Set<String> types = new TreeSet<>();
    /** (ref, kind) in the order first named */
    private final Set<List<String>> named = new LinkedHashSet<>();
    private final Map<String, Integer> sources = new TreeMap<>();
    /** by text and url: the text, the url and the count */
    private final Map<String, Object[]> licences = new TreeMap<>();
    private final Map<String, String> shards = new java.util.LinkedHashMap<>();
    private final List<Element> parts = new ArrayList<>();
    private final List<Element> titleParts = new ArrayList<>();
    /** each year (or 'undated') and the part it begins in */
    private final Map<String, Integer> years = new java.util.LinkedHashMap<>();

    /** Counts one document's whole summary (its mentions already filed: {@code mentioned} per entry), in part {@code part}. */
    void add(Element d, int part) {
        documents++;
        String date = d.getAttributeValue("date");
        if (date != null) {
            dated++;
        }
        years.putIfAbsent(date == null ? "undated" : date.substring(0, 4), part);
        types.add(d.getAttributeValue("type", ""));
        Element c = d.getChild("counts");
        for (int i = 0; i < COUNTS.size(); i++) {
            counts[i] += c == null ? 0 : Long.parseLong(c.getAttributeValue(COUNTS.get(i), "0"));
        }
        for (Element m : d.getChildren("mentioned")) {
            mentions += Long.parseLong(m.getAttributeValue("count"));
            if (!m.getAttributeValue("ref", "").isEmpty()) {
                named.add(List.of(m.getAttributeValue("ref"), m.getAttributeValue("kind", "")));
            }
        }
        for (Element s : d.getChildren("source")) {
            sources.merge(s.getText(), 1, Integer::sum);
        }
        for (Element l : d.getChildren("licence")) {
            String url = l.getAttributeValue("url", "");
            Object[] entry = licences.computeIfAbsent(l.getText() + " " + url, k -> new Object[] {l.getText(), url, 0});
            entry[2] = (Integer) entry[2] + 1;
        }
        String shard = d.getAttributeValue("shard");
        if (shard != null) {
            shards.putIfAbsent(shard, date == null ? "undated" : date.substring(0, 4));
        }
    }

    /**
     * A part of the summary: its number, its file (beside site.xml), the listing pages made from it
     * and its first and last document (briefs).
     */
    void part(int n, String file, String home, String chronology, int count, Brief first, Brief last) {
        Element p = new Element("part").setAttribute("n", String.valueOf(n)).setAttribute("file", file)
                .setAttribute("home", home).setAttribute("chronology", chronology)
                .setAttribute("documents", String.valueOf(count));
        p.addContent(first.toElement());
        p.addContent(last.toElement());
        parts.add(p);
    }

    /**
     * A part of the list in title order (made only where the date-ordered list has several pages):
     * its number, its file, its listing page and its first and last document.
     */
    void titlePart(int n, String file, String page, int count, Brief first, Brief last) {
        Element p = new Element("title-part").setAttribute("n", String.valueOf(n)).setAttribute("file", file)
                .setAttribute("page", page).setAttribute("documents", String.valueOf(count));
        p.addContent(first.toElement());
        p.addContent(last.toElement());
        titleParts.add(p);
    }

    /** The digest's elements, to follow the settings in site.xml. */
    List<Element> elements() {
        List<Element> out = new ArrayList<>();
        Element totals = new Element("totals").setAttribute("documents", String.valueOf(documents))
                .setAttribute("dated", String.valueOf(dated));
        for (int i = 0; i < COUNTS.size(); i++) {
            totals.setAttribute(COUNTS.get(i), String.valueOf(counts[i]));
        }
        totals.setAttribute("mentions", String.valueOf(mentions));
        out.add(totals);
        // the documents come in date order, undated last: the first and last years are the ends of the list
        List<String> dated = years.keySet().stream().filter(y -> !y.equals("undated")).toList();
        if (!dated.isEmpty()) {
            out.add(new Element("years").setAttribute("first", String.valueOf(Integer.parseInt(dated.get(0))))
                    .setAttribute("last", String.valueOf(Integer.parseInt(dated.get(dated.size() - 1)))));
        }
        types.forEach(t -> out.add(new Element("type").setAttribute("name", t)));
        named.forEach(n -> out.add(new Element("named").setAttribute("ref", n.get(0)).setAttribute("kind", n.get(1))));
        sources.forEach((text, n) -> out.add(new Element("source").setAttribute("count", String.valueOf(n)).setText(text)));
        licences.values().forEach(l -> out.add(new Element("licence").setAttribute("url", (String) l[1])
                .setAttribute("count", String.valueOf(l[2])).setText((String) l[0])));
        shards.forEach((name, year) -> out.add(new Element("shard").setAttribute("name", name).setAttribute("year", year)));
        out.addAll(parts);
        out.addAll(titleParts);
        years.forEach((year, part) -> out.add(new Element("year").setAttribute("name", year)
                .setAttribute("part", String.valueOf(part))));
        return out;
    }
}
