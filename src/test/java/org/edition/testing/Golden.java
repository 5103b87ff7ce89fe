package org.edition.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;

/**
 * Golden-file comparison. XML is compared with XMLUnit as identical, whitespace included: in TEI
 * mixed content a space is text. On a difference the actual output is written to
 * target/golden-actual/ so that {@code diff} is one copy-paste away; with -Dgolden.update=true the
 * expected file is rewritten instead (review it before committing).
 */
public final class Golden {
    private static final Path ACTUAL = Path.of("target", "golden-actual");

    private Golden() {
    }

    public static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }

    public static void assertXml(Path expected, String actual, String caseName) throws IOException {
        if (updating() || !Files.exists(expected)) {
            if (!updating()) {
                fail("no expected file " + expected + "; run with -Dgolden.update=true to create it, then review it");
            }
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            return;
        }
        Diff diff = DiffBuilder.compare(Input.fromFile(expected.toFile())).withTest(Input.fromString(actual))
                .checkForIdentical().build();
        String expectedText = Files.readString(expected, StandardCharsets.UTF_8);
        if (diff.hasDifferences() || !expectedText.equals(actual)) {
            Path out = ACTUAL.resolve(caseName).resolve(expected.getFileName());
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual, StandardCharsets.UTF_8);
            // the same XML may still be serialised differently (namespace declarations, attribute order)
            fail("output differs from " + expected + " (actual in " + out + "):\n"
                    + (diff.hasDifferences() ? diff.toString() : "same XML, different serialisation"));
        }
    }
}
