package org.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.edition.diag.Diagnostic;
import org.edition.diag.Diagnostics;
import org.edition.meta.MetadataLoader;
import org.edition.pipeline.Conversion;
import org.edition.pipeline.Converter;
import org.edition.testing.Golden;
import org.edition.testing.TeiAll;
import org.edition.testing.Texts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One folder per feature or document under src/test/resources/cases: input.txt (and optionally
 * input.meta.yaml) beside expected.tei.xml. Each case is converted through the library API and
 * must match its golden TEI exactly, be valid against tei_all, and give back its input through the
 * bracketed text edition.
 */
class GoldenCasesTest {
    static final Path CASES = Path.of("src", "test", "resources", "cases");
    private static final Converter CONVERTER = Converter.standard();

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    static Conversion convert(String name) throws IOException {
        Path dir = CASES.resolve(name);
        Diagnostics diagnostics = new Diagnostics(name + ".txt");
        var meta = new MetadataLoader().load(dir.resolve("input.meta.yaml"), diagnostics);
        // named after the case, so that ids and messages say which case they come from
        return CONVERTER.convert(Path.of(name + ".txt"), Files.readAllBytes(dir.resolve("input.txt")), meta, diagnostics);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesItsGoldenTei(String name) throws IOException {
        Conversion c = convert(name);
        assertThat(c.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        Golden.assertXml(CASES.resolve(name).resolve("expected.tei.xml"), c.tei(), name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givesBackItsInputThroughTheBracketedEdition(String name) throws IOException {
        Conversion c = convert(name);
        String input = Texts.read(CASES.resolve(name).resolve("input.txt"));
        assertThat(Texts.normalise(Texts.bracketed(c.tei()))).isEqualTo(Texts.normalise(input));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isValidAgainstTeiAll(String name) throws IOException {
        Conversion c = convert(name);
        List<Diagnostic> problems = TeiAll.schema().validate(c.tei(), name + ".xml");
        assertThat(problems).isEmpty();
    }
}
