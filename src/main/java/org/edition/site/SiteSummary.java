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
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.edition.pipeline.OutputFiles;

/**
 * The site summary: one {@code <document>} per TEI document (as site-summary.xsl describes it), in
 * date order (by ISO date, undated last, then by title and id), written in parts of at most
 * {@link SiteSettings#documentsPerPage} documents, each with the edition's settings on its root,
 * and site.xml, the settings and the digest of the whole edition ({@link SiteDigest}). The
 * stylesheets of the listing pages read a part each, those of the pages over the whole edition
 * the digest; the order is decided here, once.
 */
final class SiteSummary {
    private SiteSummary() {
    }

    /** Documents whose passages share one file of the search data. */
    static final int PER_SHARD = 100;

    /**
     * The shards of the search data: the documents (in date order) of one year, or the undated ones,
     * {@link #PER_SHARD} at a time, named {@code <year>-<n>} ({@code undated-<n>}); each document
     * gets its shard's name as {@code @shard}. A shard holds one year only, so that a change to one
     * document moves the documents of its own year at most.
     *
     * @return each shard's name and the ids of its documents, in order
     */
    static Map<String, List<String>> shards(List<Brief> ordered) {
        Map<String, List<String>> shards = new LinkedHashMap<>();
        String year = null;
        int inYear = 0;
        for (Brief d : ordered) {
            String date = d.date;
            String y = date == null || date.length() < 4 ? "undated" : date.substring(0, 4);
            inYear = y.equals(year) ? inYear + 1 : 0;
            year = y;
            String name = y + "-" + (inYear / PER_SHARD + 1);
            d.shard = name;
            shards.computeIfAbsent(name, n -> new ArrayList<>()).add(d.id);
        }
        return shards;
    }

    /** The documents in date order. */
    static List<Brief> order(java.util.Collection<Brief> documents) {
        List<Brief> sorted = new ArrayList<>(documents);
        sorted.sort(Brief.DATE_ORDER);
        return sorted;
    }

    /**
     * What a document page needs to know of the others: the document at {@code i} and its previous
     * and next, each with id, date, type, title and date as written only (copies).
     */
    static List<Element> neighbourhood(List<Brief> ordered, int i) {
        List<Element> around = new ArrayList<>();
        for (int j = Math.max(0, i - 1); j <= Math.min(ordered.size() - 1, i + 1); j++) {
            around.add(ordered.get(j).toElement());
        }
        return around;
    }

    /** A summary of the documents, which must be in date order ({@link #order}); those in another tree are copied. */
    static String xml(SiteSettings settings, List<Element> documents) {
        Element site = site(settings);
        // the callers' documents are made for it: moved in, not copied (a shard's are a hundred whole summaries)
        documents.forEach(d -> site.addContent(d.getParent() == null ? d : d.clone()));
        return new XMLOutputter(Format.getRawFormat().setLineSeparator("\n")).outputString(new Document(site));
    }

    /** A summary's brief as an element: id, date, type, title and date as written (a copy). */
    static Element brief(Element d) {
        return Brief.of(d).toElement();
    }

    /** How the whole summary of a document is found again from its brief. */
    interface Wholes {
        Element whole(Brief brief) throws IOException;
    }

    /** The listing pages of part {@code n} (from 1): the home page and chronology, then documents-n and chronology-n. */
    static String homePage(int n) {
        return n == 1 ? "index.html" : "documents-" + n + ".html";
    }

    static String chronologyPage(int n) {
        return n == 1 ? "chronology.html" : "chronology-" + n + ".html";
    }

    /** The file of part {@code n} of the summary, beside site.xml. */
    static String partFile(int n) {
        return "site-" + n + ".xml";
    }

    /** The listing page of part {@code n} of the list in title order. */
    static String titlesPage(int n) {
        return n == 1 ? "titles.html" : "titles-" + n + ".html";
    }

    /** The file of part {@code n} of the list in title order: the documents' briefs, beside site.xml. */
    static String titlePartFile(int n) {
        return "titles-" + n + ".xml";
    }

    /** The parts of the summary as written: in date order, and (for a list of several pages) in title order. */
    record Parts(List<Path> byDate, List<Path> byTitle) {
    }

    /**
     * The summary written to {@code dir}: the documents of {@code ordered} (briefs in date order, with
     * their shard), each as its whole summary read one at a time, in parts of at most
     * {@code perPage} ({@link #partFile}), and site.xml: the settings and the digest of them all
     * ({@link SiteDigest}), which the pages over the whole edition read instead of every document.
     * Where the list has several pages, it is also written in title order, briefs only
     * ({@link #titlePartFile}): a reader without JavaScript, or with a list too long to sort in the
     * browser, finds a document by its title.
     *
     * @return the parts' files, in order
     */
    static Parts write(SiteSettings settings, List<Brief> ordered, Wholes wholes, Path dir, int perPage)
            throws IOException {
        XMLOutputter xml = new XMLOutputter(Format.getRawFormat().setLineSeparator("\n"));
        String start = start(settings);
        Files.createDirectories(dir);
        SiteDigest digest = new SiteDigest();
        List<Path> parts = new ArrayList<>();
        int n = 0;
        for (int from = 0; from < ordered.size() || from == 0; from += perPage) {
            List<Brief> part = ordered.subList(from, Math.min(ordered.size(), from + perPage));
            int number = ++n;
            Path file = dir.resolve(partFile(number));
            OutputFiles.write(file, w -> {
                Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(w, StandardCharsets.UTF_8));
                out.write(start);
                for (Brief brief : part) {
                    Element whole = wholes.whole(brief);
                    attribute(whole, "shard", brief.shard);
                    digest.add(whole, number);
                    xml.output(whole, out);
                }
                out.write("</site>\n");
                out.flush();
            });
            parts.add(file);
            if (!part.isEmpty()) {
                digest.part(number, partFile(number), homePage(number), chronologyPage(number), part.size(), part.get(0),
                        part.get(part.size() - 1));
            }
        }
        List<Path> byTitle = new ArrayList<>();
        if (parts.size() > 1) {
            List<Brief> titled = Brief.inTitleOrder(ordered);
            for (int from = 0, number = 1; from < titled.size(); from += perPage, number++) {
                List<Brief> part = titled.subList(from, Math.min(titled.size(), from + perPage));
                Path file = dir.resolve(titlePartFile(number));
                StringBuilder out = new StringBuilder(start);
                part.forEach(b -> out.append(xml.outputString(b.toElement())));
                OutputFiles.write(file, out.append("</site>\n").toString());
                byTitle.add(file);
                digest.titlePart(number, titlePartFile(number), titlesPage(number), part.size(), part.get(0),
                        part.get(part.size() - 1));
            }
        }
        Element site = site(settings);
        site.addContent(digest.elements());
        OutputFiles.write(dir.resolve("site.xml"), xml.outputString(new Document(site)) + "\n");
        return new Parts(parts, byTitle);
    }

    /** site.xml up to its first document: the documents are written one by one after it, then {@code </site>}. */
    static String start(SiteSettings settings) {
        String shell = new XMLOutputter(Format.getRawFormat().setLineSeparator("\n"))
                .outputString(new Document(site(settings))).stripTrailing();
        int open = shell.endsWith("</site>") ? shell.length() - "</site>".length() : shell.lastIndexOf("/>");
        return shell.endsWith("</site>") ? shell.substring(0, open) : shell.substring(0, open).stripTrailing() + ">";
    }

    private static Element site(SiteSettings settings) {
        Element site = new Element("site");
        attribute(site, "title", settings.title());
        attribute(site, "publisher", settings.publisher());
        attribute(site, "url", settings.url());
        attribute(site, "generator", settings.generator());
        if (settings.description() != null) {
            site.addContent(new Element("description").setText(settings.description()));
        }
        return site;
    }

    /** Sets the attribute to the value stripped, unless it is missing or blank. */
    static void attribute(Element e, String name, String value) {
        if (value != null && !value.isBlank()) {
            e.setAttribute(name, value.strip());
        }
    }
}
