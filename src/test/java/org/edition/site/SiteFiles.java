package org.edition.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.util.IteratorIterable;
import org.jdom2.filter.Filters;

/** Test helpers over a built site: its pages, their ids and links, all its files as bytes. */
final class SiteFiles {
    private SiteFiles() {
    }

    static List<Path> pages(Path site) throws IOException {
        try (Stream<Path> all = Files.walk(site)) {
            return all.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** Every file of the site by its path relative to the site, with its bytes. */
    static Map<String, byte[]> contents(Path site) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(site)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    /** A page parsed as XML (the site writes HTML5 in XML syntax). */
    static Document parse(Path page) throws IOException {
        try {
            SAXBuilder builder = new SAXBuilder();
            builder.setExpandEntities(false);
            return builder.build(page.toFile());
        } catch (JDOMException e) {
            throw new AssertionError(page + " is not well-formed: " + e.getMessage(), e);
        }
    }

    static Set<String> ids(Document page) {
        Set<String> ids = new HashSet<>();
        for (Element e : elements(page)) {
            String id = e.getAttributeValue("id");
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** The href and src values of a page. */
    static List<String> links(Document page) {
        List<String> links = new ArrayList<>();
        for (Element e : elements(page)) {
            for (String name : List.of("href", "src")) {
                String v = e.getAttributeValue(name);
                if (v != null) {
                    links.add(v);
                }
            }
        }
        return links;
    }

    static IteratorIterable<Element> elements(Document page) {
        return page.getDescendants(Filters.element());
    }

    static Element byId(Document page, String id) {
        for (Element e : elements(page)) {
            if (id.equals(e.getAttributeValue("id"))) {
                return e;
            }
        }
        return null;
    }
}
