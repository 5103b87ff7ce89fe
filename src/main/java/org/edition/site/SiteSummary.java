package org.edition.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * The site summary, site.xml: the edition's settings and one {@code <document>} per TEI document
 * (as site-summary.xsl describes it), in date order: by ISO date, undated last, then by title and
 * id. The stylesheets of every page kind read it; the order is decided here, once.
 */
final class SiteSummary {
    private static final Comparator<Element> DATE_ORDER = Comparator
            .comparing((Element d) -> d.getAttributeValue("date", "\uffff"))
            .thenComparing(d -> d.getChildText("title") == null ? "" : d.getChildText("title"))
            .thenComparing(d -> d.getAttributeValue("id"));

    private SiteSummary() {
    }

    static String xml(SiteSettings settings, List<Element> documents) {
        Element site = new Element("site");
        attribute(site, "title", settings.title());
        attribute(site, "publisher", settings.publisher());
        attribute(site, "url", settings.url());
        attribute(site, "generator", settings.generator());
        if (settings.description() != null) {
            site.addContent(new Element("description").setText(settings.description()));
        }
        List<Element> sorted = new ArrayList<>(documents);
        sorted.sort(DATE_ORDER);
        sorted.forEach(d -> site.addContent(d.detach()));
        return new XMLOutputter(Format.getRawFormat().setLineSeparator("\n")).outputString(new Document(site));
    }

    private static void attribute(Element e, String name, String value) {
        if (value != null && !value.isBlank()) {
            e.setAttribute(name, value.strip());
        }
    }
}
