package org.edition.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.edition.internal.Sha256;
import org.edition.validate.SchemaValidator;

/**
 * A compiled schema with the label a package's validation report gives it: a file name and a
 * digest, never a local path, so that the report (and the zip) is the same on every machine.
 */
public record SchemaCheck(String label, SchemaValidator validator) {
    /** The project schema, as shipped in the jar and copied into every bag. */
    public static SchemaCheck project() {
        return new SchemaCheck("edition.rnc (project schema, SHA-256 " + Sha256.hex(projectSchema()) + ")",
                SchemaValidator.project());
    }

    /** A user-supplied RELAX NG schema, such as tei_all.rng. */
    public static SchemaCheck of(Path file, SchemaValidator validator) {
        try (InputStream in = Files.newInputStream(file)) {
            return new SchemaCheck(file.getFileName() + " (SHA-256 " + Sha256.hex(in.readAllBytes()) + ")", validator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of the project schema. */
    static byte[] projectSchema() {
        try (InputStream in = SchemaValidator.class.getResourceAsStream(SchemaValidator.PROJECT_SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException("the project schema is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
