package org.edition.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edition.diag.Diagnostics;
import org.edition.meta.Metadata;
import org.edition.pipeline.Conversion;
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
        out.println("mentions:    " + density(with, corpus));
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

    /** How densely the corpus names persons, places and organizations: the cost of recognition grows with it. */
    private static String density(Converter with, List<byte[]> corpus) {
        long mentions = 0;
        long chars = 0;
        List<byte[]> some = corpus.subList(0, Math.min(200, corpus.size()));
        for (byte[] doc : some) {
            Path name = Path.of("generated.txt");
            Conversion c = with.convert(name, doc, Metadata.EMPTY, new Diagnostics(name.toString()));
            if (c.ok()) {
                String tei = c.tei();
                int end = tei.indexOf("<standOff");
                Matcher m = NAME.matcher(end < 0 ? tei : tei.substring(0, end));
                while (m.find()) {
                    mentions++;
                }
                chars += new String(doc, java.nio.charset.StandardCharsets.UTF_8).length();
            }
        }
        return String.format("%.1f per document, %.1f per 1,000 characters (the sample: 37, 7.0)",
                (double) mentions / Math.max(1, some.size()), mentions * 1000.0 / Math.max(1, chars));
    }

    private static final Pattern NAME = Pattern.compile("<(?:persName|placeName|orgName)[ >]");

    /** The plain-text documents named: files, and the *.txt in folders (as convert takes them). */
    static List<byte[]> read(List<Path> inputs) throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (Path f : Setup.inputs(inputs, ".txt")) {
            out.add(Files.readAllBytes(f));
        }
        return out;
    }

    /** The documents over and over, {@code n} in all (at least each once). */
    static List<byte[]> repeated(List<byte[]> docs, int n) {
        List<byte[]> out = new ArrayList<>(Math.max(n, docs.size()));
        for (int i = 0; i < Math.max(n, docs.size()); i++) {
            out.add(docs.get(i % docs.size()));
        }
        return out;
    }
}
