package org.edition.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.edition.diag.Diagnostic;

/**
 * The outcome of converting one input: the TEI as text (null when the input had errors) and every
 * diagnostic, in source order. {@code suppressed} counts messages past the per-file limit.
 */
public record Conversion(Path input, String id, String tei, List<Diagnostic> diagnostics, int suppressed) {
    public boolean ok() {
        return tei != null;
    }

    public long warnings() {
        return diagnostics.stream().filter(d -> !d.isError()).count();
    }

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }
}
