package org.edition.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.edition.diag.Diagnostic;

/**
 * The outcome of converting one input: the diagnostics (in source order, at most
 * {@link org.edition.diag.Diagnostics#LIMIT} shown, all counted) and, when there was no error,
 * the TEI: as text for an in-memory conversion, or the file written (and whether it changed).
 */
public record Conversion(Path input, String id, String tei, Path output, boolean changed,
        List<Diagnostic> diagnostics, int suppressed, int errors, int warnings) {

    public boolean ok() {
        return errors == 0;
    }
}
