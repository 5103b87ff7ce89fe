package org.edition.render;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.edition.internal.Parallel;

/**
 * Renders many TEI files on all cores, reporting in input order: a line per file, the stylesheets'
 * warnings as {@code file: warning: ... [W050]}, and a summary. A file that cannot be rendered is an
 * error for that file; the others go on.
 */
public final class RenderBatch {
    /** One file's rendering, as a task the batch runs. */
    public interface Job {
        Renderer.Result run(Path tei) throws Exception;
    }

    private final PrintWriter out;
    private final PrintWriter err;
    private final int threads;

    public RenderBatch(PrintWriter out, PrintWriter err, int threads) {
        this.out = out;
        this.err = err;
        this.threads = Math.max(1, threads);
    }

    /** @return the number of files that failed */
    public int run(List<Path> files, String what, Job job) {
        long t0 = System.nanoTime();
        List<Renderer.Result> results = Parallel.map(files, threads, job::run, (f, e) ->
                err.println(f + ": error: cannot render: " + e.getMessage() + " [E050]"));
        int failed = 0;
        int written = 0;
        int unchanged = 0;
        for (Renderer.Result r : results) {
            if (r == null) {
                failed++;
                continue;
            }
            r.messages().forEach(m -> err.println(r.input() + ": warning: " + m.replaceFirst("^WARNING: ", "") + " [W050]"));
            written += r.written().size();
            unchanged += r.unchanged().size();
        }
        out.printf("%s: %d file(s) written, %d unchanged from %d TEI document(s), %d failed, in %.1f s%n", what,
                written, unchanged, files.size(), failed, (System.nanoTime() - t0) / 1e9);
        out.flush();
        err.flush();
        return failed;
    }
}
