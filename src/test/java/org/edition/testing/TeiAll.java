package org.edition.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.edition.validate.SchemaValidator;
import org.junit.jupiter.api.Assumptions;

/**
 * The official TEI P5 tei_all schema, for tests only: it is not ours to ship. Found through the
 * system property {@code edition.teiAll} (set by the POM to ../shared/tei/tei_all.rng) or the
 * environment variable {@code EDITION_TEI_ALL}. Where it is absent, tests that need it are skipped
 * and say so on stderr, so a green run never hides a check that did not happen.
 */
public final class TeiAll {
    private static SchemaValidator schema;
    private static boolean announced;

    private TeiAll() {
    }

    public static Path location() {
        String p = System.getProperty("edition.teiAll");
        if (p == null || p.isBlank()) {
            p = System.getenv("EDITION_TEI_ALL");
        }
        return p == null ? null : Path.of(p);
    }

    /** The compiled schema, or the test is skipped (visibly) when tei_all.rng is not there. */
    public static synchronized SchemaValidator schema() {
        Path p = location();
        if (p == null || !Files.isRegularFile(p)) {
            if (!announced) {
                System.err.println("*** tei_all.rng not found (" + p + "): validation against the official TEI "
                        + "schema is SKIPPED. Set -Dedition.teiAll=/path/to/tei_all.rng or EDITION_TEI_ALL. ***");
                announced = true;
            }
            Assumptions.abort("tei_all.rng not available at " + p);
        }
        if (schema == null) {
            schema = SchemaValidator.of(p);
        }
        return schema;
    }
}
