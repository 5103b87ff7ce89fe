package org.edition.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.edition.testing.Cli;
import org.edition.testing.Cli.Result;
import org.edition.testing.Texts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain-text editions of the sample, rendered through the command line, in the three views. */
class TextEditionTest {
    static Path out;
    static String bracketed;
    static String reading;
    static String diplomatic;

    @BeforeAll
    static void render(@TempDir Path dir) throws IOException {
        out = dir;
        Result build = Cli.run("build", "--seeds", "seeds", "--output", dir.toString());
        assertThat(build.code()).as(build.toString()).isZero();
        assertThat(build.out()).contains("text: 3 file(s) written");
        bracketed = Files.readString(dir.resolve("text").resolve("000_2b4c022557e90890.txt"));
        reading = Files.readString(dir.resolve("text").resolve("000_2b4c022557e90890.reading.txt"));
        diplomatic = Files.readString(dir.resolve("text").resolve("000_2b4c022557e90890.diplomatic.txt"));
    }

    @Test
    void theBracketedViewIsTheTranslationAsWritten() throws IOException {
        assertThat(Texts.normalise(bracketed))
                .isEqualTo(Texts.normalise(Files.readString(Path.of("seeds", "000_2b4c022557e90890.txt"))));
        assertThat(bracketed).contains("\n- 4. Regarding two specific issues, we have the following views:\n - a. For those");
    }

    @Test
    void theReadingViewMergesSuppliedWordsAndGivesAlternativeNamesInParentheses() {
        assertThat(reading).doesNotContain("[").doesNotContain("]");
        assertThat(reading).contains("To the Chinese Embassy in North Korea:",
                "We received your telegram dated 6 March 1962.", "Pak Seong-cheol (Pak Song Chol)", "Hao Deqing");
    }

    @Test
    void theDiplomaticViewLeavesOutWhatTheTranslatorSupplied() {
        assertThat(diplomatic).contains("⟨…⟩ received your telegram dated 6 March ⟨…⟩.", "Ambassador Hao ⟨…⟩ meet")
                .doesNotContain("Deqing").doesNotContain("Pak Song Chol");
    }

    @Test
    void linesAreWrappedAtTheRequestedWidth(@TempDir Path dir) throws IOException {
        Result r = Cli.run("render", out.resolve("tei").toString(), "--format", "text", "--view", "reading,bracketed",
                "--width", "60", "-o", dir.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        String wrapped = Files.readString(dir.resolve("000_2b4c022557e90890.reading.txt"));
        assertThat(wrapped.lines()).allMatch(l -> l.length() <= 60 || !l.strip().contains(" "));
        assertThat(Texts.normalise(wrapped)).isEqualTo(Texts.normalise(reading));
        assertThat(dir.resolve("000_2b4c022557e90890.txt")).exists();
    }

    @Test
    void notesBecomeNumberedEndnotesInTheReadingView(@TempDir Path dir) throws IOException {
        Path tei = Path.of("src", "test", "resources", "cases", "05-notes", "expected.tei.xml");
        Files.copy(tei, dir.resolve("notes.xml"));
        Result r = Cli.run("render", dir.resolve("notes.xml").toString(), "--format", "text", "--view", "reading",
                "-o", dir.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        String text = Files.readString(dir.resolve("notes.reading.txt"));
        assertThat(text).contains("\"three fixes\" [1] and said", "\nNotes\n1. Translator's note: the campaign");
    }

    @Test
    void anUnknownViewIsAUsageError() {
        Result r = Cli.run("render", out.resolve("tei").toString(), "--format", "text", "--view", "fancy", "-o",
                out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown view 'fancy'");
    }
}
