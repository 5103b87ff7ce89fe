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
 * mixed content a space is text; other text (the HTML and plain-text editions) byte for byte. On a difference the actual output is written to
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
        if (written(expected, actual)) {
            return;
        }
        Diff diff = DiffBuilder.compare(Input.fromFile(expected.toFile())).withTest(Input.fromString(actual))
                .checkForIdentical().build();
        String expectedText = Files.readString(expected, StandardCharsets.UTF_8);
        if (diff.hasDifferences() || !expectedText.equals(actual)) {
            // the same XML may still be serialised differently (namespace declarations, attribute order)
            fail(differs(expected, actual, caseName)
                    + (diff.hasDifferences() ? diff.toString() : "same XML, different serialisation"));
        }
    }

    /** Any text (a plain-text or HTML edition), compared byte for byte. */
    public static void assertText(Path expected, String actual, String caseName) throws IOException {
        if (!written(expected, actual) && !Files.readString(expected, StandardCharsets.UTF_8).equals(actual)) {
            fail(differs(expected, actual, caseName) + "see: diff " + expected + " " + ACTUAL.resolve(caseName)
                    .resolve(expected.getFileName()));
        }
    }

    /** With -Dgolden.update=true, writes the expected file and says so; without, fails if it is missing. */
    private static boolean written(Path expected, String actual) throws IOException {
        if (updating()) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            return true;
        }
        if (!Files.exists(expected)) {
            fail("no expected file " + expected + "; run with -Dgolden.update=true to create it, then review it");
        }
        return false;
    }

    /** Writes the actual output to target/golden-actual/ and begins the failure message. */
    private static String differs(Path expected, String actual, String caseName) throws IOException {
        Path out = ACTUAL.resolve(caseName).resolve(expected.getFileName());
        Files.createDirectories(out.getParent());
        Files.writeString(out, actual, StandardCharsets.UTF_8);
        return "output differs from " + expected + " (actual in " + out + "):\n";
    }
}
