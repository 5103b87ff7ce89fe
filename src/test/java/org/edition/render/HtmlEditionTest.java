package org.edition.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.edition.testing.Cli;
import org.edition.testing.Cli.Result;
import org.edition.testing.HtmlChecker;
import org.edition.testing.XPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/** The HTML edition: valid HTML5 for every page the tests render, and what a reader needs on it. */
class HtmlEditionTest {
    static Path out;
    static String sample;

    @BeforeAll
    static void build(@TempDir Path dir) throws IOException {
        out = dir;
        Result r = Cli.run("build", "--seeds", "seeds", "--output", dir.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        sample = Files.readString(dir.resolve("html").resolve("000_2b4c022557e90890.html"));
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of("src", "test", "resources", "cases"))) {
            return dirs.map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void theSamplePagePassesTheNuHtmlChecker() throws Exception {
        assertThat(HtmlChecker.errors(out.resolve("html").resolve("000_2b4c022557e90890.html").toFile())).isEmpty();
    }

    @Test
    void theSamplePageHasItsHeaderTheViewSwitchAndLinkedNames() {
        assertThat(sample).startsWith("<!DOCTYPE html>");
        assertThat(sample).contains("lang=\"en\"", "Telegram from the Ministry of Foreign Affairs");
        assertThat(sample.split("<h1", -1)).hasSize(2);
        assertThat(sample).contains("id=\"view-bracketed\"", "id=\"view-reading\"", "id=\"view-diplomatic\"");
        assertThat(sample).contains("class=\"tei-supplied", "href=\"#pers-hao-deqing\"", "id=\"pers-hao-deqing\"");
        assertThat(sample).doesNotContain("<script");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyGoldenCaseRendersToValidHtml(String name, @TempDir Path dir) throws Exception {
        Path tei = Path.of("src", "test", "resources", "cases", name, "expected.tei.xml");
        Files.copy(tei, dir.resolve(name + ".xml"));
        Result r = Cli.run("render", dir.resolve(name + ".xml").toString(), "--format", "html", "-o", dir.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        List<String> errors = HtmlChecker.errors(dir.resolve(name + ".html").toFile());
        assertThat(errors).isEmpty();
    }

    @Test
    void anUnknownElementKeepsItsTextAndIsReported(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("odd.xml"), """
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title type="main">Odd</title>
                </titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc>
                </teiHeader><text><body><div><p>Before <mystery>kept words</mystery> after.</p></div></body></text></TEI>
                """);
        Result r = Cli.run("render", dir.resolve("odd.xml").toString(), "--format", "html", "-o", dir.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).contains("odd.xml: warning:", "mystery", "[W050]");
        assertThat(Files.readString(dir.resolve("odd.html"))).contains("kept words");
    }

    @Test
    void aListsHeadIsAParagraphThatLabelsTheListNotAnItem(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("memo.txt"), """
                MEMORANDUM OF CONVERSATION

                PARTICIPANTS
                Prime Minister Manuchehr Eqbal
                Ambassador Selden Chapin

                The Prime Minister opened the talk.
                """);
        Result convert = Cli.run("convert", dir.resolve("memo.txt").toString(), "-o", dir.resolve("tei").toString());
        assertThat(convert.code()).as(convert.toString()).isZero();
        Result r = Cli.run("render", dir.resolve("tei").toString(), "--format", "html", "-o", dir.resolve("html").toString());
        assertThat(r.code()).as(r.toString()).isZero();
        String page = Files.readString(dir.resolve("html/memo.html"));
        Matcher head = Pattern.compile("<p class=\"[^\"]*ed-list-head\" id=\"([^\"]+)\">PARTICIPANTS</p>\\s*<ul [^>]*"
                + "aria-labelledby=\"([^\"]+)\"").matcher(page);
        assertThat(head.find()).as(page).isTrue();
        assertThat(head.group(2)).isEqualTo(head.group(1));
        assertThat(page).doesNotContain("<li class=\"tei-head");
        assertThat(HtmlChecker.errors(dir.resolve("html/memo.html").toFile())).isEmpty();
    }
}
