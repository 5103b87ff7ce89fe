package org.edition.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the diagnostics for one input file. Collecting rather than throwing lets a user see every
 * problem of a file in one run. Not thread-safe: one instance per file.
 */
public final class Diagnostics {
    /** Past this many messages a file is reported as a whole; a binary file would otherwise flood stderr. */
    public static final int LIMIT = 200;

    private final String file;
    private final List<Diagnostic> items = new ArrayList<>();
    private int suppressed;
    private int errors;
    private int warnings;

    public Diagnostics(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public void error(SourcePosition at, String code, String message) {
        add(at, Severity.ERROR, code, message);
    }

    public void warning(SourcePosition at, String code, String message) {
        add(at, Severity.WARNING, code, message);
    }

    private void add(SourcePosition at, Severity severity, String code, String message) {
        if (severity == Severity.ERROR) {
            errors++;
        } else {
            warnings++;
        }
        if (items.size() >= LIMIT) {
            suppressed++;
            return;
        }
        int line = at == null ? 0 : at.line();
        int column = at == null ? 0 : at.column();
        items.add(new Diagnostic(file, line, column, severity, message, code));
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    /** All errors reported, including those past the display limit. */
    public int errorCount() {
        return errors;
    }

    /** All warnings reported, including those past the display limit. */
    public int warningCount() {
        return warnings;
    }

    public int suppressed() {
        return suppressed;
    }

    public List<Diagnostic> all() {
        return Collections.unmodifiableList(items);
    }
}
