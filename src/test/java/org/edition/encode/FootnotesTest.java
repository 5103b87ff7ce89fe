package org.edition.encode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import net.sf.saxon.s9api.XdmNode;
import org.edition.pipeline.Conversion;
import org.edition.render.XsltEngine;
import org.edition.testing.Encode;
import org.edition.testing.TeiAll;
import org.edition.testing.Texts;
import org.edition.testing.XPaths;
import org.junit.jupiter.api.Test;

/**
 * The translator's numbered footnotes ("a settlement.[1]" and "[1] ..." at the end): each note
 * encoded where its mark stands, the signature above the notes still the closer, and the text
 * editions giving the marks and notes back.
 */
class FootnotesTest {
    private static final String CABLE = "Cable from the Embassy\n\nTo the Ministry of Foreign Affairs:\n\n"
            + "The Premier said that the Four Points were the only basis for a settlement.[1] The bombing must stop.\n\n"
            + "He asked about the missiles.[2]\n\n"
            + "Embassy in Hanoi\n9 April 1965\n\n"
            + "[1] The Four Points were announced on 8 April [1965].\n"
            + "[2] SAM: surface-to-air\nmissiles.\n";

    @Test
    void eachNoteStandsAtItsMarkAndTheSignatureAboveTheNotesIsTheCloser() {
        Conversion c = Encode.text(CABLE);
        XPaths x = XPaths.of(c.tei());
        assertThat(x.count("//note[@place = 'foot']")).isEqualTo(2);
        assertThat(x.string("//div/p[1]/note/@n")).isEqualTo("1");
        assertThat(x.string("//div/p[1]/note")).isEqualTo("The Four Points were announced on 8 April 1965.");
        assertThat(x.string("//div/p[1]/note/date/@when")).isEqualTo("1965-04-08");
        assertThat(x.string("//div/p[1]/note/date/supplied/@reason")).isEqualTo("date-completion");
        // the text around the mark is untouched: the note sits between the full stop and the next sentence
        assertThat(x.string("normalize-space(string-join(//div/p[1]/text(), '|'))"))
                .isEqualTo("The Premier said that the Four Points were the only basis for a settlement.| The bombing must stop.");
        // a line without a mark goes on with the note above it
        assertThat(x.string("normalize-space(//div/p[2]/note)")).isEqualTo("SAM: surface-to-air missiles.");
        assertThat(x.string("//closer/signed")).isEqualTo("Embassy in Hanoi");
        assertThat(x.string("//closer/dateline/date/@when")).isEqualTo("1965-04-09");
        assertThat(x.count("//div/p")).isEqualTo(2);
        assertThat(x.string("//titleStmt/author")).isEqualTo("Embassy in Hanoi");
        assertThat(TeiAll.schema().validate(c.tei(), "footnotes.xml")).isEmpty();
    }

    @Test
    void theTextEditionsGiveTheMarksAndNotesBack() {
        String tei = Encode.text(CABLE).tei();
        String bracketed = Texts.bracketed(tei);
        assertThat(Texts.normalise(bracketed)).isEqualTo(Texts.normalise(CABLE));
        assertThat(bracketed).contains("a settlement.[1] The bombing", "\n\n[1] The Four Points were announced on 8 April [1965].\n[2] SAM:");
        String reading = Texts.engine().text(Texts.engine().parse(tei), "reading");
        assertThat(reading).contains("a settlement.[1] The bombing", "Notes\n1. The Four Points were announced on 8 April 1965.\n2. SAM:");
        String diplomatic = Texts.engine().text(Texts.engine().parse(tei), "diplomatic");
        assertThat(diplomatic).contains("a settlement. The bombing").doesNotContain("Four Points were announced");
    }

    @Test
    void notesApartByBlankLinesAreFoundToo() {
        String text = "Report\n\nThe delegation left Moscow on the morning train.[1] It reached Beijing a week later, as planned.[2]\n\n"
                + "I. Ivanov\n\n"
                + "[1] On 3 May.\n\n[2] On 5 May, by train.\n";
        XPaths x = XPaths.of(Encode.text(text).tei());
        assertThat(x.string("string-join(//div/p/note/@n, ' ')")).isEqualTo("1 2");
        assertThat(x.string("//closer/signed")).isEqualTo("I. Ivanov");
    }

    @Test
    void aThousandNotesAndMoreAreFootnotesToo() {
        StringBuilder text = new StringBuilder("Report\n\n");
        StringBuilder notes = new StringBuilder();
        for (int n = 1; n <= 1005; n++) {
            text.append("The delegation met the ministry again on the matter of the border.[").append(n).append("]\n\n");
            notes.append('[').append(n).append("] Meeting ").append(n).append(".\n");
        }
        String input = text.append("I. Ivanov\n\n").append(notes).toString();
        String tei = Encode.text(input).tei();
        XPaths x = XPaths.of(tei);
        assertThat(x.count("//div/p/note[@place = 'foot']")).isEqualTo(1005);
        assertThat(x.string("//div/p[1005]/note")).isEqualTo("Meeting 1005.");
        assertThat(Texts.normalise(Texts.bracketed(tei))).isEqualTo(Texts.normalise(input));
    }

    @Test
    void aHeadingAboveTheNotesHeadsTheirListInEveryEdition() {
        String withHeading = CABLE.replace("\n[1] The Four", "\nNotes\n[1] The Four");
        Conversion c = Encode.text(withHeading);
        XPaths x = XPaths.of(c.tei());
        assertThat(x.count("//div/p/note[@place = 'foot']")).isEqualTo(2);
        assertThat(x.string("//closer/signed")).isEqualTo("Embassy in Hanoi");
        assertThat(x.string("/TEI/text/back/divGen[@type = 'footnotes']/head")).isEqualTo("Notes");
        assertThat(TeiAll.schema().validate(c.tei(), "footnotes-heading.xml")).isEmpty();
        assertThat(Texts.bracketed(c.tei())).endsWith("9 April 1965\n\nNotes\n[1] The Four Points were announced on 8 April [1965].\n[2] SAM: surface-to-air missiles.\n");
        assertThat(Texts.normalise(Texts.bracketed(c.tei()))).isEqualTo(Texts.normalise(withHeading));
        XdmNode doc = Texts.engine().parse(c.tei());
        assertThat(Texts.engine().text(doc, "diplomatic")).doesNotContain("Notes");
        String html = Texts.engine().render(XsltEngine.HTML, doc, Map.of()).text();
        assertThat(html).contains("<h2 id=\"ed-footnotes-title\">Notes</h2>");

        // a heading of its own, apart by blank lines, in other words
        String apart = CABLE.replace("\n\n[1] The Four", "\n\nTRANSLATOR'S NOTES:\n\n[1] The Four");
        XPaths y = XPaths.of(Encode.text(apart).tei());
        assertThat(y.string("//back/divGen/head")).isEqualTo("TRANSLATOR'S NOTES:");
        assertThat(y.string("//closer/signed")).isEqualTo("Embassy in Hanoi");
        String reading = Texts.engine().text(Texts.engine().parse(Encode.text(apart).tei()), "reading");
        assertThat(reading).contains("TRANSLATOR'S NOTES:\n1. The Four Points");

        // without notes below it, such a line is text
        XPaths z = XPaths.of(Encode.text("Report\n\nThe delegation left.\n\nNotes\n").tei());
        assertThat(z.count("//back")).isEqualTo(0);
        assertThat(z.string("normalize-space(//body)")).endsWith("left. Notes");
    }

    @Test
    void bracketedNumbersThatAreNotMarkedNotesStayAsTheyWere() {
        // a number in brackets after a space is no mark: no note finds its mark, so nothing is a footnote
        XPaths x = XPaths.of(Encode.text("Report\n\nThe delegation left [1] Moscow.\n\n[1] On 3 May.\n").tei());
        assertThat(x.count("//text//note")).isEqualTo(0);
        assertThat(x.count("//div/p")).isEqualTo(2);
        // notes not numbered from 1 without a gap are not footnotes either
        XPaths y = XPaths.of(Encode.text("Report\n\nThe delegation left.[1] It arrived.[3]\n\n[1] On 3 May.\n[3] Later.\n").tei());
        assertThat(y.count("//text//note")).isEqualTo(0);
        // a document of nothing but such lines has no text to mark
        XPaths z = XPaths.of(Encode.text("[1] On 3 May.\n").tei());
        assertThat(z.count("//text//note")).isEqualTo(0);
    }
}
