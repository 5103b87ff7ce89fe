package org.edition.publish;

import java.util.List;
import org.edition.diag.Diagnostic;

/** A package that cannot be made or does not verify: one line for the user, with the details behind it. */
public final class PackageException extends RuntimeException {
    private final transient List<Diagnostic> details;

    public PackageException(String message) {
        this(message, List.of());
    }

    public PackageException(String message, List<Diagnostic> details) {
        super(message);
        this.details = List.copyOf(details);
    }

    /** Problems of single files (invalid TEI), each naming its file. */
    public List<Diagnostic> details() {
        return details;
    }
}
