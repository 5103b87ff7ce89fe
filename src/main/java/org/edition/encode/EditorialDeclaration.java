package org.edition.encode;

import java.util.Map;
import org.edition.tei.Tei;
import org.jdom2.Element;

/**
 * The {@code editorialDecl} every document carries: how the translator's square brackets, quotation
 * marks, lists, dates and numbers were encoded, and the {@code supplied/@reason} vocabulary. The
 * text states what {@link BracketClassifier} and its companions actually do; keep them in step.
 */
final class EditorialDeclaration {
    /** The reasons {@code supplied} may carry, in the order they are declared. */
    static final Map<String, String> SUPPLIED_REASONS = orderedReasons();

    private EditorialDeclaration() {
    }

    private static Map<String, String> orderedReasons() {
        var m = new java.util.LinkedHashMap<String, String>();
        m.put("clarification", "the default: words not expressed in the original, added by the translator "
                + "for sense or to disambiguate ([We], [North] Korea, [in the process])");
        m.put("date-completion", "a part of a date supplied by the translator (6 March [1962]); the date "
                + "element around it carries the complete ISO date");
        m.put("name-completion", "a given name supplied after a surname that follows a title "
                + "(Ambassador Hao [Deqing]) or between a title and a surname (General [Lucius D.] Clay), or the full "
                + "name after a surname (Khuhro [Muhammad Ayub Khuhro])");
        m.put("alt-romanization", "another romanization of the name just before it, or its words in "
                + "another order (Pak Seong-cheol [Pak Song Chol], Kállai Gyula [Gyula Kállai]), kept as printed");
        m.put("acronym", "the acronym of the name just before it, in capitals: the initials of its words "
                + "(Communist Party of the Soviet Union [CPSU]) or the original language's (Polish United Workers' "
                + "Party [PZPR])");
        m.put("expansion", "the acronym just before it spelled out (Provisional Military Administrative "
                + "Council for PMAC, Socialist Unity Party of Germany for SED)");
        m.put("gloss", "words after a name that say which one is meant: another name of the place or body, "
                + "its name translated, or a person's office (Khuzistan [Arabistan], Casa Rosada [Government House], "
                + "Nam Il [Vice Premier]); a kind word that completes the name (Tudeh [Party]) is a clarification");
        m.put("original-term", "a term of the original language, in its own script or a romanization "
                + "with diacritics; the foreign element inside records the language where it is known");
        m.put("conjecture", "a reading the translator marked as uncertain with a question mark ([word?]); "
                + "cert=\"low\", and the question mark is regenerated on output");
        return java.util.Collections.unmodifiableMap(m);
    }

    static Element build() {
        Element decl = Tei.element("editorialDecl");
        decl.addContent(Tei.element("correction").setAttribute("status", "unknown").setAttribute("method", "markup")
                .addContent(Tei.element("p", "The translation is reproduced without correction. An error marked "
                        + "by the translator with [sic] is encoded as sic; a bracketed correction of the word "
                        + "before it as choice with sic and corr. Nothing is emended by the encoder.")));
        decl.addContent(Tei.element("quotation").setAttribute("marks", "all")
                .addContent(Tei.element("p", "Quotation marks are kept as they appear in the translation, "
                        + "inside the element that encodes their function: soCalled for a short designation, "
                        + "q for a longer quotation.")));
        decl.addContent(Tei.element("interpretation")
                .addContent(Tei.element("p", "Names of persons, places and organizations are encoded as persName, "
                        + "placeName and orgName, each with @ref to its entry in the standOff after the text: an "
                        + "editor's entry from the edition's register, or, for a name found by rule and not yet "
                        + "registered, an entry with resp=\"#edition\" marked unreviewed; the standOff follows the text, which is written first. A name includes the "
                        + "translator's supplied parts and a bracketed alternative form that follows it; titles, "
                        + "roles and a possessive 's stay outside. Adjectives (Korean), ethnic groups, bare roles "
                        + "and generic bodies are not tagged. "
                        + "Lines before the addressee are encoded as head (a short heading, such as the route line "
                        + "\"North Korea\" of a telegram) or as seg in the "
                        + "opener (precedence and classification markers); the addressee line as salute; the "
                        + "signatories at the end as signed, one per block, and the final date as dateline.")));
        decl.addContent(Tei.element("stdVals")
                .addContent(Tei.element("p", "date/@when, @from and @to are ISO 8601 (YYYY, YYYY-MM or "
                        + "YYYY-MM-DD); a day and month the text gives without a year are --MM-DD (the year is "
                        + "never guessed); an impossible date is left without them and never corrected. time/@when, "
                        + "@from and @to are HH:MM:SS (10:00, 4 p.m., 10:00–12:30). num/@value "
                        + "is the number without separators; a sum of money is measure type=\"currency\" with "
                        + "@unit (ISO 4217 where the currency is clear) and @quantity.")));
        decl.addContent(Tei.element("segmentation")
                .addContent(Tei.element("p", "Paragraphs follow the blank-line-separated blocks of the input. "
                        + "Enumerated lines become list items: the enumerator is item/@n, and list/@rend records "
                        + "its style (numbered, alphabetic, upper-alphabetic, roman, upper-roman, bulleted), its "
                        + "punctuation (dot, parens, right-paren) and a leading dash, from which it is "
                        + "regenerated, and \"spaced\" where a blank line came before each item (numbered "
                        + "paragraphs), which the text editions give back. A block whose first line says who "
                        + "took part (PARTICIPANTS, Present:) "
                        + "and whose other lines name one each is a list type=\"participants\" rend=\"unmarked\": "
                        + "that line its head, each other line an item. A short line of its own within the "
                        + "text, over more of it (Assessment), is the head of a div type=\"section\" that holds "
                        + "what follows it up to the next such line or the signature.")));
        Element brackets = Tei.element("p", "Square brackets. Every square-bracketed insertion of the input is "
                + "encoded as exactly one element; the bracket characters are not kept as text and are "
                + "regenerated on output, one pair per element, so adjacent insertions stay separate. "
                + "supplied: words added by the translator, with @resp=\"#translator\" (presumed) and @reason "
                + "from the list below; a supplied part of a name or date sits inside that name or date. "
                + "gap: an omission or an illegible passage ([...], [illegible], [2 words illegible], "
                + "[Here follows ...], [... not declassified]), with @reason (editorial, illegible, withheld, "
                + "unknown), @quantity and @unit where stated (@atMost for \"less than\"), and the bracket's words in desc. sic: the word "
                + "before [sic]. unclear: the word before [?]. note type=\"translator\" or \"editorial\" "
                + "place=\"inline\": a labelled note ([Translator's note: ...]), its label in label. "
                + "note type=\"translator\" place=\"foot\" with @n: a numbered footnote, encoded where its mark "
                + "stands (settlement.[1]), its text taken from the notes at the end of the document "
                + "([1] The Four Points ...); the mark and the note's line are regenerated from @n, and a "
                + "heading printed above the notes (Notes) is the head of a divGen type=\"footnotes\" in back, "
                + "where the notes are listed. "
                + "label type=\"stamp\" followed by stamp: [Stamp:] and the stamp's text. add: a handwritten "
                + "or marginal insertion, its label in label. pb: a page marker ([page 2]), with @n. ex inside "
                + "expan: letters supplied inside a word (Hye[san]). A bracket nested inside another is "
                + "encoded inside it. No bracket of the input was judged to belong to the original document.");
        Element list = Tei.element("list").setAttribute("type", "gloss");
        SUPPLIED_REASONS.forEach((reason, meaning) -> list.addContent(Tei.element("label", reason))
                .addContent(Tei.element("item", meaning)));
        brackets.addContent(list);
        decl.addContent(brackets);
        return decl;
    }
}
