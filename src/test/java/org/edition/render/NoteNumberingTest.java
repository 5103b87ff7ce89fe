package org.edition.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.edition.testing.Cli;
import org.edition.testing.Cli.Result;
import org.edition.testing.Notes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The numbers of notes in the reading view come from one function (ed:note-number in
 * editorial.xsl): the plain text and the HTML page of the same TEI number every note alike, wherever
 * it sits (inside supplied words, in nested list items, in the closer), and a stamp's label, which
 * is no note to the reader, takes no number. Notes inside notes: ForeignTeiTest.
 */
class NoteNumberingTest {
    static final String INPUT = """
            [Stamp:] Second Department

            The committee discussed the "three fixes" [Translator's note: the campaign to fix quotas] at length.

            The delegates [who came [TN: by train] from the north] agreed.

            - 1. The first point [TN: on grain].
            - 2. The second point:
              - a. the detail [TN: on rice] here;
              - b. another [Editor's note: unclear in the original].

            [Editor's note: The last page is missing.]
            """;

    @Test
    void textAndHtmlNumberTheSameNotesAlike(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.txt"), INPUT);
        Result convert = Cli.run("convert", dir.resolve("notes.txt").toString(), "-o", dir.resolve("tei").toString());
        assertThat(convert.code()).as(convert.toString()).isZero();
        Result text = Cli.run("render", dir.resolve("tei").toString(), "--format", "text", "--view", "reading", "-o",
                dir.resolve("out").toString());
        Result html = Cli.run("render", dir.resolve("tei").toString(), "--format", "html", "-o", dir.resolve("out").toString());
        assertThat(text.code()).as(text.toString()).isZero();
        assertThat(html.code()).as(html.toString()).isZero();
        String reading = Files.readString(dir.resolve("out").resolve("notes.reading.txt"));
        String page = Files.readString(dir.resolve("out").resolve("notes.html"));

        assertThat(reading).contains("\"three fixes\" [1] at length", "who came [2] from the north", "first point [3].",
                "the detail [4] here", "another [5].", "\n\n[6]\n\n");
        assertThat(Notes.referencedInText(reading)).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(Notes.referencedInHtml(page)).containsExactly(1, 2, 3, 4, 5, 6);
        Map<Integer, String> textNotes = Notes.listedInText(reading);
        Map<Integer, String> htmlNotes = Notes.listedInHtml(page);
        assertThat(textNotes.values()).containsExactly("Translator's note: the campaign to fix quotas", "TN: by train",
                "TN: on grain", "TN: on rice", "Editor's note: unclear in the original",
                "Editor's note: The last page is missing.");
        assertThat(htmlNotes.keySet()).containsExactlyElementsOf(textNotes.keySet());
        textNotes.forEach((n, note) -> assertThat(htmlNotes.get(n)).startsWith(note));
        for (int n : List.of(1, 6)) {
            assertThat(page).contains("<a class=\"ed-backref\" href=\"#ed-noteref-" + n + "\">");
        }
        assertThat(reading).doesNotContain("Stamp:");
    }
}
