package org.edition.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.edition.diag.Diagnostic;
import org.edition.diag.Diagnostics;
import org.edition.encode.Recognizers;
import org.edition.meta.Metadata;
import org.edition.validate.SchemaValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library API: in-memory and file conversions agree, and what is written is validated. */
class ConverterTest {
    private static final byte[] TEXT = "Heading\n\n[We] received your telegram of 6 March [1962].\n\nMinistry of Foreign Affairs\n\n24 March 1962\n"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void fileAndMemoryConversionsWriteTheSameBytes() throws IOException {
        Path input = dir.resolve("doc.txt");
        Files.write(input, TEXT);
        Converter converter = Converter.standard();
        Conversion inMemory = converter.convert(input);
        Conversion toFile = converter.convertToFile(input, dir.resolve("out").resolve("doc.xml"));
        assertThat(toFile.ok()).isTrue();
        assertThat(toFile.changed()).isTrue();
        assertThat(Files.readString(toFile.output())).isEqualTo(inMemory.tei());
        Conversion again = converter.convertToFile(input, dir.resolve("out").resolve("doc.xml"));
        assertThat(again.changed()).as("a repeated run leaves an identical file alone").isFalse();
    }

    @Test
    void whatIsWrittenIsCheckedAgainstTheSchema() throws IOException {
        // a schema that accepts only an empty TEI element: every real document must fail it
        Path tiny = dir.resolve("tiny.rnc");
        Files.writeString(tiny, "default namespace = \"http://www.tei-c.org/ns/1.0\"\nstart = element TEI { empty }\n");
        Converter strict = new Converter(Recognizers.standard(), SchemaValidator.of(tiny), Metadata.EMPTY, false);
        Path input = dir.resolve("doc.txt");
        Files.write(input, TEXT);
        Conversion c = strict.convert(input, TEXT, Metadata.EMPTY, new Diagnostics(input.toString()));
        assertThat(c.ok()).isFalse();
        assertThat(c.tei()).isNull();
        assertThat(c.diagnostics()).extracting(Diagnostic::code).contains("E900");
        Conversion f = strict.convertToFile(input, dir.resolve("out").resolve("doc.xml"));
        assertThat(f.ok()).isFalse();
        assertThat(dir.resolve("out").resolve("doc.xml")).doesNotExist();
    }

    @Test
    void theProjectSchemaAcceptsWhatTheConverterWrites() throws IOException {
        Conversion c = Converter.standard().convert(dir.resolve("doc.txt"), TEXT, Metadata.EMPTY, new Diagnostics("doc.txt"));
        assertThat(c.ok()).isTrue();
        assertThat(SchemaValidator.project().validate(c.tei(), "doc.xml")).isEmpty();
    }
}
