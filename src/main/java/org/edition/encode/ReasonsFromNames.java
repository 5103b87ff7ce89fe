package org.edition.encode;

import java.util.List;
import org.edition.names.NameForms;
import org.edition.names.Titles;

/**
 * The reasons of a block's clarifications that only the names around them tell, decided after the
 * names are found. Glosses: words the translator put right after a name to say which one is meant,
 * another name of a place or body ("Khuzistan [Arabistan]", "Casa Rosada [Government House]") or a
 * person's office ("Nam Il [Vice Premier]"); read apart from the sentence, they are given in
 * parentheses in the reading text. A kind word that completes the name ("Tudeh [Party]", "Jilin
 * [Province]") is no gloss, nor are the words that open a name ("[North] Korea"). And given names
 * supplied before a person's surname where no title shows it is a person ("[Ion] Covaci" signing).
 */
final class ReasonsFromNames {
    private static final int MAX_WORDS = 6;

    private ReasonsFromNames() {
    }

    /** Gives each clarification among {@code kept} (the block's spans, nested) that glosses or completes a name its reason. */
    static void mark(List<Span> kept, String text) {
        for (Span s : kept) {
            if (s.element().equals("supplied") && "clarification".equals(s.attribute("reason"))) {
                if (givenNames(s)) {
                    s.attr("reason", "name-completion");
                } else if (glosses(s, kept, text)) {
                    s.attr("reason", "gloss");
                }
            }
        }
    }

    /** Whether the supplied words open a person's name that goes on after them: "[Ion] Covaci". */
    private static boolean givenNames(Span supplied) {
        Span parent = supplied.parent();
        return parent != null && parent.element().equals("persName") && supplied.start == parent.contentStart
                && supplied.end < parent.contentEnd;
    }

    private static boolean glosses(Span supplied, List<Span> kept, String text) {
        String content = text.substring(supplied.contentStart, supplied.contentEnd).strip();
        if (content.isEmpty() || !Character.isUpperCase(content.charAt(0)) || DocumentLayout.words(content) > MAX_WORDS
                || content.indexOf(' ') < 0 && NameForms.namesAKind(content)) {
            return false;
        }
        Span parent = supplied.parent();
        if (parent != null && isName(parent)) {
            // the name ends with it, and began before it: "Khuzistan [Arabistan]" taken in as one mention
            return supplied.end == parent.contentEnd && supplied.start > parent.contentStart && fits(parent, content);
        }
        for (Span name : kept) {
            if (isName(name) && name.parent() == parent && name.end + 1 == supplied.start && text.charAt(name.end) == ' ') {
                return fits(name, content);
            }
        }
        return false;
    }

    /** After a person, only an office; after a place or a body, any name. */
    private static boolean fits(Span name, String content) {
        return !name.element().equals("persName") || Titles.opensWithOffice(content);
    }

    private static boolean isName(Span s) {
        String e = s.element();
        return e.equals("persName") || e.equals("placeName") || e.equals("orgName");
    }
}
