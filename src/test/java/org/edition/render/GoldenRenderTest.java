package org.edition.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.edition.testing.Cli;
import org.edition.testing.Cli.Result;
import org.edition.testing.Golden;
import org.edition.testing.Texts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The editions of every golden case, rendered from its expected.tei.xml through the command line
 * and compared byte for byte with the reviewed files beside it: expected.html (its inlined CSS
 * checked to be edition.css and then left out), expected.txt (bracketed), expected.reading.txt and
 * expected.diplomatic.txt. With -Dgolden.update=true they are
 * rewritten instead (read the diff before committing).
 */
class GoldenRenderTest {
    static final Path CASES = Path.of("src", "test", "resources", "cases");
    /** golden file beside expected.tei.xml, by the suffix the render command gives the edition */
    static final Map<String, String> EDITIONS = Map.of(
            ".html", "expected.html",
            ".txt", "expected.txt",
            ".reading.txt", "expected.reading.txt",
            ".diplomatic.txt", "expected.diplomatic.txt");

    static final String STYLE = "<style>";

    static Path out;

    /** One render per format for all the cases: each case's TEI copied under the case's name. */
    @BeforeAll
    static void render(@TempDir Path dir) throws IOException {
        out = dir;
        Path tei = Files.createDirectories(dir.resolve("tei"));
        for (String name : cases().toList()) {
            Files.copy(CASES.resolve(name).resolve("expected.tei.xml"), tei.resolve(name + ".xml"));
        }
        Result text = Cli.run("render", tei.toString(), "--format", "text", "--view", "bracketed,reading,diplomatic",
                "-o", dir.resolve("out").toString());
        Result html = Cli.run("render", tei.toString(), "--format", "html", "-o", dir.resolve("out").toString());
        for (Result r : new Result[] {text, html}) {
            assertThat(r.code()).as(r.toString()).isZero();
            assertThat(r.err()).as(r.toString()).isEmpty();
        }
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersAsItsGoldenEditions(String name) throws IOException {
        for (Map.Entry<String, String> e : EDITIONS.entrySet()) {
            String actual = Files.readString(out.resolve("out").resolve(name + e.getKey()));
            if (e.getKey().equals(".html")) {
                actual = withoutInlinedCss(actual);
            }
            Golden.assertText(CASES.resolve(name).resolve(e.getValue()), actual, name);
        }
    }

    /**
     * The page with the stylesheet it inlines (after checking that it is edition.css, unchanged) left
     * out: the goldens are about the document, and a copy of the CSS in each would say nothing more.
     */
    static String withoutInlinedCss(String page) throws IOException {
        int start = page.indexOf(STYLE) + STYLE.length();
        int end = page.indexOf("</style>", start);
        assertThat(start).isGreaterThanOrEqualTo(STYLE.length());
        assertThat(page.substring(start, end)).isEqualTo(Files.readString(Path.of("xslt", "html", "edition.css")));
        return page.substring(0, start) + "/* xslt/html/edition.css */" + page.substring(end);
    }

    @Test
    void aRegisterEntrysNoteReadsAsItIsNotAsANoteInTheText() throws IOException {
        String page = Files.readString(out.resolve("out").resolve("02-supplied-clarification.html"));
        assertThat(page).contains("<dd class=\"tei-note tei-note-status\">Unreviewed: found by Edition's rules");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theBracketedGoldenIsTheInput(String name) throws IOException {
        String input = Texts.read(CASES.resolve(name).resolve("input.txt"));
        assertThat(Texts.normalise(Texts.read(CASES.resolve(name).resolve("expected.txt")))).isEqualTo(Texts.normalise(input));
    }
}
