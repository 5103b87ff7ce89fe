package org.edition.pipeline;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.edition.diag.Diagnostic;
import org.edition.diag.Severity;
import org.edition.internal.Parallel;

/**
 * Converts many inputs on all cores and writes one TEI file per input that has no error. Reports
 * in input order whatever order the work finishes in: a line per document on {@code out},
 * diagnostics on {@code err}, and a progress bar on a terminal for long runs.
 */
public final class BatchRunner {
    private static final int PROGRESS_FROM = 50;

    private final Converter converter;
    private final Path outputDir;
    private final PrintWriter out;
    private final PrintWriter err;
    private final int threads;
    private final boolean progress;

    public BatchRunner(Converter converter, Path outputDir, PrintWriter out, PrintWriter err, int threads,
            boolean progress) {
        this.converter = converter;
        this.outputDir = outputDir;
        this.out = out;
        this.err = err;
        this.threads = Math.max(1, threads);
        this.progress = progress;
    }

    /** Totals of one run. */
    public record Summary(int documents, int written, int unchanged, int failed, long warnings, long millis) {
        public boolean ok() {
            return failed == 0;
        }
    }

    public Summary run(List<Path> inputs) {
        long t0 = System.nanoTime();
        long[] totals = new long[4]; // written, unchanged, failed, warnings
        int[] done = new int[1];
        // each conversion reported as it comes, in input order, and then let go
        java.util.function.Consumer<Conversion> count = c -> {
            report(c);
            totals[3] += c.warnings();
            totals[!c.ok() ? 2 : c.changed() ? 0 : 1]++;
            done[0]++;
            if (progress && inputs.size() >= PROGRESS_FROM) {
                progressBar(done[0], inputs.size());
            }
        };
        Parallel.forEach(inputs, threads, this::process, (input, c) -> count.accept(c),
                (input, cause) -> count.accept(failure(input, cause)));
        if (progress && inputs.size() >= PROGRESS_FROM) {
            err.print("\r" + " ".repeat(60) + "\r");
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        Summary s = new Summary(inputs.size(), (int) totals[0], (int) totals[1], (int) totals[2], totals[3], millis);
        out.printf("%d document(s): %d written, %d unchanged, %d failed, %d warning(s) in %.1f s%n",
                s.documents(), s.written(), s.unchanged(), s.failed(), s.warnings(), millis / 1000.0);
        out.flush();
        err.flush();
        return s;
    }

    private Conversion process(Path input) {
        return converter.convertToFile(input, outputDir.resolve(Converter.outputNameFor(input)));
    }

    /** A conversion that threw: a bug, not the user's mistake: one line, no stack trace, and the rest of the batch goes on. */
    private static Conversion failure(Path input, Throwable cause) {
        return failure(input, cause instanceof java.io.IOException ? "cannot write output: " + cause.getMessage()
                : "internal error, please report: " + cause, cause instanceof java.io.IOException ? "E006" : "E999");
    }

    private static Conversion failure(Path input, String message, String code) {
        Diagnostic d = new Diagnostic(input.toString(), 0, 0, Severity.ERROR, message, code);
        return new Conversion(input, Converter.idFor(input), null, null, false, List.of(d), 0, 1, 0);
    }

    private void report(Conversion c) {
        for (Diagnostic d : c.diagnostics()) {
            err.println(d);
        }
        if (c.suppressed() > 0) {
            err.println(c.input() + ": warning: " + c.suppressed() + " more message(s) not shown [W000]");
        }
        if (!c.ok()) {
            out.println("failed     " + c.input() + " (" + c.errors() + " error(s); no output written)");
        } else {
            out.println((c.changed() ? "written    " : "unchanged  ") + c.input() + " -> " + c.output()
                    + (c.warnings() > 0 ? " (" + c.warnings() + " warning(s))" : ""));
        }
    }

    private void progressBar(int done, int total) {
        int width = 30;
        int filled = (int) ((long) done * width / total);
        err.printf("\r[%s%s] %d/%d", "#".repeat(filled), " ".repeat(width - filled), done, total);
        err.flush();
    }
}
