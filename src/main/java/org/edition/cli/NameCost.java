package org.edition.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.edition.pipeline.Converter;

/**
 * What name recognition costs: the same corpus converted with and without it, in alternating
 * rounds in one warm JVM. The fastest round of each setting is compared: other load on the
 * machine only ever slows a round down, so the minimum is the steadiest estimate.
 */
final class NameCost {
    private NameCost() {
    }

    static boolean measure(ExecutorService pool, Converter without, Converter with, List<byte[]> corpus, int rounds,
            PrintWriter out) throws Exception {
        List<byte[]> warm = corpus.subList(0, Math.min(500, corpus.size()));
        BenchmarkCommand.run(pool, without, warm); // JIT and class loading for both settings
        BenchmarkCommand.run(pool, with, warm);
        long[][] wall = new long[2][rounds];
        long[][] cpu = new long[2][rounds];
        int failed = 0;
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < 2; k++) {
                int which = (r + k) % 2; // ABBA order: neither setting always runs first
                long w = System.nanoTime();
                long c = BenchmarkCommand.processCpu();
                failed += BenchmarkCommand.run(pool, which == 0 ? without : with, corpus)[1];
                wall[which][r] = System.nanoTime() - w;
                cpu[which][r] = BenchmarkCommand.processCpu() - c;
            }
        }
        out.printf("rounds:      %d of %d documents each, alternating%n", rounds, corpus.size());
        double[] best = new double[2];
        double[] bestCpu = new double[2];
        for (int which = 0; which < 2; which++) {
            long[] times = wall[which].clone();
            Arrays.sort(times);
            long[] cpus = cpu[which].clone();
            Arrays.sort(cpus);
            best[which] = times[0] / 1e9;
            bestCpu[which] = cpus[0] / 1e9;
            out.printf("%-14s fastest round %.0f documents/s, median round %.0f documents/s, least CPU %.0f µs per document%n",
                    which == 0 ? "without names:" : "with names:", corpus.size() / best[which],
                    corpus.size() / (times[rounds / 2] / 1e9), bestCpu[which] * 1e6 / corpus.size());
        }
        out.printf("names cost:  +%.0f%% time (fastest rounds), +%.0f%% CPU time (least-CPU rounds)%n",
                100.0 * (best[1] - best[0]) / best[0], 100.0 * (bestCpu[1] - bestCpu[0]) / bestCpu[0]);
        return failed == 0;
    }
}
