package org.edition.render;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edition.internal.Failure;
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
        return run(files, Map.of("", what), job);
    }

    /**
     * Runs a job that makes several kinds of files from each input, and reports each kind on a line
     * of its own: {@code kinds} maps a file name ending (".txt") to the kind's name ("text"), in the
     * order the lines are printed; "" matches every file.
     *
     * @return the number of inputs that failed
     */
    public int run(List<Path> files, Map<String, String> kinds, Job job) {
        long t0 = System.nanoTime();
        int[] failed = new int[1];
        Map<String, int[]> counts = new LinkedHashMap<>();
        kinds.values().forEach(k -> counts.put(k, new int[2]));
        // each result reported and counted as it comes, in input order, and then let go
        Parallel.forEach(files, threads, job::run, (f, r) -> {
            r.messages().forEach(m -> err.println(r.input() + ": warning: " + m.replaceFirst("^WARNING: ", "") + " [W050]"));
            r.written().forEach(p -> counts.get(kind(kinds, p))[0]++);
            r.unchanged().forEach(p -> counts.get(kind(kinds, p))[1]++);
        }, (f, e) -> {
            failed[0]++;
            err.println(f + ": error: cannot render: " + Failure.describe(e) + " [E050]");
        });
        double seconds = (System.nanoTime() - t0) / 1e9;
        for (var c : counts.entrySet()) {
            out.printf("%s: %d file(s) written, %d unchanged from %d TEI document(s), %d failed, in %.1f s%n", c.getKey(),
                    c.getValue()[0], c.getValue()[1], files.size(), failed[0], seconds);
        }
        out.flush();
        err.flush();
        return failed[0];
    }

    private static String kind(Map<String, String> kinds, Path file) {
        String name = file.getFileName().toString();
        return kinds.entrySet().stream().filter(k -> name.endsWith(k.getKey())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no kind of output for " + name)).getValue();
    }
}
