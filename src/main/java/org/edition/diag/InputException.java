package org.edition.diag;

/**
 * Thrown when an input cannot be converted at all (unreadable, binary, wrong encoding). The
 * diagnostic it carries is what the user sees; it never reaches the user as a stack trace.
 */
public final class InputException extends Exception {
    private final transient Diagnostic diagnostic;

    public InputException(Diagnostic diagnostic) {
        super(diagnostic.toString());
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
