package org.edition.pipeline;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.edition.diag.Diagnostic;
import org.edition.diag.Severity;
import org.edition.internal.DeepStack;

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
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads,
                r -> DeepStack.newThread(r, "worker-" + threadNo.incrementAndGet()));
        int written = 0;
        int unchanged = 0;
        int failed = 0;
        long warnings = 0;
        try {
            List<Future<Conversion>> futures = new ArrayList<>(inputs.size());
            for (Path input : inputs) {
                futures.add(pool.submit(() -> process(input)));
            }
            for (int i = 0; i < futures.size(); i++) {
                Conversion c = await(futures.get(i), inputs.get(i));
                report(c);
                warnings += c.warnings();
                if (!c.ok()) {
                    failed++;
                } else if (c.changed()) {
                    written++;
                } else {
                    unchanged++;
                }
                if (progress && inputs.size() >= PROGRESS_FROM) {
                    progressBar(i + 1, inputs.size());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (progress && inputs.size() >= PROGRESS_FROM) {
            err.print("\r" + " ".repeat(60) + "\r");
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        Summary s = new Summary(inputs.size(), written, unchanged, failed, warnings, millis);
        out.printf("%d document(s): %d written, %d unchanged, %d failed, %d warning(s) in %.1f s%n",
                s.documents(), s.written(), s.unchanged(), s.failed(), s.warnings(), millis / 1000.0);
        out.flush();
        err.flush();
        return s;
    }

    private Conversion process(Path input) {
        return converter.convertToFile(input, outputDir.resolve(Converter.outputNameFor(input)));
    }

    private static Conversion await(Future<Conversion> f, Path input) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failure(input, "interrupted", "E007");
        } catch (ExecutionException e) {
            // a bug, not the user's mistake: one line, no stack trace, and the rest of the batch goes on
            Throwable cause = e.getCause();
            return failure(input, cause instanceof java.io.IOException ? "cannot write output: " + cause.getMessage()
                    : "internal error, please report: " + cause, cause instanceof java.io.IOException ? "E006" : "E999");
        }
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
