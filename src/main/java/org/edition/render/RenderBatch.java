package org.edition.render;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.edition.internal.DeepStack;

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
        AtomicInteger no = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> DeepStack.newThread(r, "render-" + no.incrementAndGet()));
        int failed = 0;
        int written = 0;
        int unchanged = 0;
        long t0 = System.nanoTime();
        try {
            List<Future<Renderer.Result>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> job.run(f)));
            }
            for (int i = 0; i < files.size(); i++) {
                try {
                    Renderer.Result r = futures.get(i).get();
                    r.messages().forEach(m -> err.println(r.input() + ": warning: " + m.replaceFirst("^WARNING: ", "") + " [W050]"));
                    written += r.written().size();
                    unchanged += r.unchanged().size();
                } catch (ExecutionException e) {
                    failed++;
                    err.println(files.get(i) + ": error: cannot render: " + e.getCause().getMessage() + " [E050]");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failed++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        out.printf("%s: %d file(s) written, %d unchanged from %d TEI document(s), %d failed, in %.1f s%n", what,
                written, unchanged, files.size(), failed, (System.nanoTime() - t0) / 1e9);
        out.flush();
        err.flush();
        return failed;
    }
}
