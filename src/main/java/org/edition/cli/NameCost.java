package org.edition.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.edition.pipeline.Converter;

/**
 * What name recognition costs: the same corpus converted with and without it, in alternating
 * rounds in one warm JVM, so that the machine's other load and the JIT fall on both alike.
 */
final class NameCost {
    private NameCost() {
    }

    static boolean measure(ExecutorService pool, Converter without, Converter with, List<byte[]> corpus, int rounds,
            PrintWriter out) throws Exception {
        long[] wall = new long[2];
        long[] cpu = new long[2];
        int failed = 0;
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < 2; k++) {
                int which = (r + k) % 2; // ABBA order: neither setting always runs first
                System.gc();
                long w = System.nanoTime();
                long c = BenchmarkCommand.processCpu();
                failed += BenchmarkCommand.run(pool, which == 0 ? without : with, corpus)[1];
                wall[which] += System.nanoTime() - w;
                cpu[which] += BenchmarkCommand.processCpu() - c;
            }
        }
        long docs = (long) corpus.size() * rounds;
        out.printf("rounds:      %d of %d documents each, alternating%n", rounds, corpus.size());
        out.printf("without names: %.0f documents/s, %.0f µs CPU per document%n", docs / (wall[0] / 1e9),
                cpu[0] / 1e3 / docs);
        out.printf("with names:    %.0f documents/s, %.0f µs CPU per document%n", docs / (wall[1] / 1e9),
                cpu[1] / 1e3 / docs);
        out.printf("names cost:  +%.0f%% wall time, +%.0f%% CPU time%n", 100.0 * (wall[1] - wall[0]) / wall[0],
                100.0 * (cpu[1] - cpu[0]) / cpu[0]);
        return failed == 0;
    }
}
