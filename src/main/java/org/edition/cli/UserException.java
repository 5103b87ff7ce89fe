package org.edition.cli;

/** A problem the user can fix (a missing file, a bad schema path): one line, no stack trace. */
final class UserException extends RuntimeException {
    private final int exitCode;

    UserException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
