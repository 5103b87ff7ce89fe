package org.edition.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.edition.render.XsltEngine;
import org.jdom2.Element;
import org.jdom2.filter.Filters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summaries the site keeps between builds: made once per TEI, read back with and without their passages. */
class KeptSummariesTest {
    private static XsltEngine engine;

    @TempDir
    Path dir;

    @BeforeAll
    static void compile() {
        engine = new XsltEngine();
    }

    private Path tei(String caseName, String file) throws IOException {
        Path tei = dir.resolve("tei").resolve(file);
        Files.createDirectories(tei.getParent());
        Files.copy(Path.of("src/test/resources/cases", caseName, "expected.tei.xml"), tei);
        return tei;
    }

    @Test
    void aSummaryIsMadeOnceAndMadeAgainOnlyWhenItsTeiChanges() throws IOException {
        Path tei = tei("20-soviet-india-memcon-1956", "memcon.xml");
        KeptSummaries kept = new KeptSummaries(engine, dir.resolve("summaries"));
        Brief first = kept.brief(tei);
        assertThat(first.id).isEqualTo("memcon");
        assertThat(first.title).isNotBlank();
        assertThat(first.date).startsWith("1956");
        Path file = kept.file(tei);
        assertThat(file).exists();

        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(file, old);
        Brief again = new KeptSummaries(engine, dir.resolve("summaries")).brief(tei);
        assertThat(again.title).isEqualTo(first.title);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(old); // read back, not made again

        Files.writeString(tei, Files.readString(tei).replace("</body>", "<p>One more paragraph.</p></body>"));
        kept.brief(tei);
        assertThat(Files.getLastModifiedTime(file)).isNotEqualTo(old);
        assertThat(Files.readString(file)).contains("One more paragraph.");
    }

    @Test
    void passagesAreLeftOutWhenReadAsElementsAndKeptInTheWholeText() throws IOException {
        Path one = tei("20-soviet-india-memcon-1956", "one.xml");
        Path two = tei("01-paragraphs", "two.xml");
        KeptSummaries kept = new KeptSummaries(engine, dir.resolve("summaries"));
        kept.brief(one);
        kept.brief(two);
        String whole = Files.readString(kept.file(one), StandardCharsets.UTF_8);
        assertThat(whole).contains("<passage");

        for (Path tei : new Path[] {one, two, one}) { // one parser a thread: nothing carries over
            Element summary = kept.withoutPassages(tei);
            assertThat(summary.getAttributeValue("id")).isEqualTo(SiteBuilder.id(tei));
            assertThat(summary.getDescendants(Filters.element("passage")).iterator().hasNext()).isFalse();
        }

        StringBuilder text = new StringBuilder();
        kept.appendWhole(one, text);
        assertThat(text.toString()).isEqualTo(whole.substring(whole.indexOf('\n') + 1));
    }
}
