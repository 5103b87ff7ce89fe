package org.edition.site;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jdom2.Element;

/**
 * What the site keeps in memory of every document while it is built: the brief of its summary (id,
 * ISO date, type, title, date as written) and the search shard it goes in. Strings only, a few
 * hundred bytes a document (as JDOM elements, a brief took several times that); the summary itself
 * stays on disk. Not thread-safe while the shard is set.
 */
final class Brief {
    /** Date order: by ISO date, undated last, then by title and id. */
    static final Comparator<Brief> DATE_ORDER = Comparator.comparing((Brief b) -> b.date == null ? "\uffff" : b.date)
            .thenComparing(b -> b.title == null ? "" : b.title).thenComparing(b -> b.id);

    /**
     * The briefs in title order: by title as a reader sorts it (case and accents second), then in
     * date order. Each title's collation key is made once: comparing two titles with the collator
     * decomposes both again at every comparison, and sorting 10,000 titles that way took most of the
     * time the summary of the site is written in.
     */
    static List<Brief> inTitleOrder(List<Brief> briefs) {
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        collator.setStrength(Collator.TERTIARY);
        record Keyed(CollationKey title, Brief brief) {
        }
        List<Keyed> keyed = new ArrayList<>(briefs.size());
        for (Brief b : briefs) {
            keyed.add(new Keyed(collator.getCollationKey(b.title == null ? "" : b.title), b));
        }
        keyed.sort(Comparator.comparing(Keyed::title).thenComparing(Keyed::brief, DATE_ORDER));
        return keyed.stream().map(Keyed::brief).toList();
    }

    final String id;
    final String date;
    final String type;
    final String title;
    final String dateText;
    /** set once the documents are in order ({@link SiteSummary#shards}) */
    String shard;

    private Brief(String id, String date, String type, String title, String dateText) {
        this.id = id;
        this.date = date;
        this.type = type;
        this.title = title;
        this.dateText = dateText;
    }

    /** The brief of a document's summary (site-summary.xsl's {@code <document>}). */
    static Brief of(Element document) {
        return new Brief(document.getAttributeValue("id"), document.getAttributeValue("date"),
                document.getAttributeValue("type"), document.getChildText("title"), document.getChildText("date-text"));
    }

    /** As a summary's {@code <document>}: id, date, type, title and date as written. */
    Element toElement() {
        Element e = new Element("document");
        SiteSummary.attribute(e, "id", id);
        SiteSummary.attribute(e, "date", date);
        SiteSummary.attribute(e, "type", type);
        if (title != null) {
            e.addContent(new Element("title").setText(title));
        }
        if (dateText != null) {
            e.addContent(new Element("date-text").setText(dateText));
        }
        return e;
    }
}
