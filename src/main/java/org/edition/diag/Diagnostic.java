package org.edition.diag;

/**
 * One message about an input, in the format {@code file:line:column: level: message [code]}.
 * Line and column are 1-based; 0 means unknown and is left out of the text rather than made up.
 */
public record Diagnostic(String file, int line, int column, Severity severity, String message, String code) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(severity.label()).append(": ").append(message)
                .append(" [").append(code).append(']').toString();
    }
}
