package org.edition.diag;

/** How bad a diagnostic is: an error stops the output file for its input, a warning does not. */
public enum Severity {
    WARNING("warning"),
    ERROR("error");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
