package org.edition.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jdom2.Element;
import org.junit.jupiter.api.Test;

/** The order of the list of documents by title. */
class BriefTest {
    private static Brief brief(String id, String date, String title) {
        Element d = new Element("document").setAttribute("id", id);
        if (date != null) {
            d.setAttribute("date", date);
        }
        if (title != null) {
            d.addContent(new Element("title").setText(title));
        }
        return Brief.of(d);
    }

    @Test
    void titleOrderIsTheCollatorsThenDateOrder() {
        List<Brief> briefs = List.of(brief("a", "1962-03-24", "Telegram to the Embassy"),
                brief("b", "1956-11-05", "telegram to the embassy"), brief("c", "1957-01-01", "Élection report"),
                brief("d", null, "Election report"), brief("e", "1950-01-01", "Zhou Enlai's note"),
                brief("f", "1961-07-11", "Telegram to the Embassy"), brief("g", "1960-01-01", null),
                brief("h", "1959-05-05", "Ériksson memo"), brief("i", "1959-05-05", "Eriksson memo"));
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        collator.setStrength(Collator.TERTIARY);
        List<Brief> expected = new ArrayList<>(briefs);
        expected.sort(Comparator.comparing((Brief b) -> b.title == null ? "" : b.title, collator)
                .thenComparing(Brief.DATE_ORDER));
        List<String> ids = Brief.inTitleOrder(briefs).stream().map(b -> b.id).toList();
        assertThat(ids).containsExactlyElementsOf(expected.stream().map(b -> b.id).toList());
        // lower case before upper, accents after, the same title in date order, no title first
        assertThat(ids).containsExactly("g", "d", "c", "i", "h", "b", "f", "a", "e");
    }
}
