package org.edition.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.edition.corpus.CorpusGenerator;
import org.edition.diag.Diagnostics;
import org.edition.encode.Recognizers;
import org.edition.internal.DeepStack;
import org.edition.meta.Metadata;
import org.edition.pipeline.Converter;
import org.edition.validate.SchemaValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code edition benchmark}: converts (and validates) a generated corpus in memory and reports
 * throughput and peak heap. A measurement, not a test: it never fails on a slow machine.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"Convert and validate N generated sample-sized documents in memory; report documents per second and peak memory.",
                "With --site: build the edition and its site from N generated documents; report the time of each step, the site's size and peak memory."})
final class BenchmarkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--documents", defaultValue = "10000", description = "documents to convert (default: ${DEFAULT-VALUE})")
    int documents;

    @Option(names = "--size", defaultValue = "5300", description = "characters per document (default: ${DEFAULT-VALUE}, the sample's size)")
    int size;

    @Option(names = "--threads", paramLabel = "<n>", description = "worker threads (default: one per core)")
    Integer threads;

    @Option(names = "--seed", defaultValue = "1", description = "corpus seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--no-validate", description = "skip validation against the project schema")
    boolean noValidate;

    @Option(names = "--no-names", description = "skip name recognition (to measure what it costs)")
    boolean noNames;

    @Option(names = "--compare-names", paramLabel = "<rounds>", description = "convert the corpus with and without name recognition in this many alternating rounds and report what recognition costs")
    Integer compareRounds;

    @Option(names = "--register", paramLabel = "<register.xml>", description = "register for name recognition (default: none; names are still found by rule)")
    Path register;

    @Option(names = "--site", description = "build the whole edition and its site from N generated documents, as "
            + "'build' does, and report each step's time, the site's size and the peak heap")
    boolean site;

    @Option(names = "--seeds", paramLabel = "<dir>", defaultValue = "seeds", description = "with --site: where "
            + "edition.yaml and register.xml come from (default: ${DEFAULT-VALUE})")
    Path seeds;

    @Option(names = "--work", paramLabel = "<dir>", description = "with --site: build in this folder (seeds/, "
            + "output/) and keep it (default: a temporary folder, removed afterwards)")
    Path work;

    @Option(names = "--change-one", description = "with --site: then change one document, build again, and report "
            + "that time and the files rewritten")
    boolean changeOne;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        if (site) {
            return new SiteBenchmark(out, spec.commandLine().getErr()).run(documents, size, seed, threads, seeds, work,
                    changeOne) ? EditionCli.OK : EditionCli.FAILED;
        }
        CorpusGenerator generator = new CorpusGenerator(seed);
        List<byte[]> corpus = new ArrayList<>(documents);
        long bytes = 0;
        for (int i = 0; i < documents; i++) {
            byte[] b = generator.document(size).getBytes(StandardCharsets.UTF_8);
            corpus.add(b);
            bytes += b.length;
        }
        long t0 = System.nanoTime();
        Recognizers recognizers = noNames && compareRounds == null ? Recognizers.withoutNames() : Setup.recognizers(register,
                spec.commandLine().getErr());
        Converter converter = new Converter(recognizers, noValidate ? null : SchemaValidator.project(),
                Metadata.EMPTY, false);
        long setupMs = (System.nanoTime() - t0) / 1_000_000;
        int n = Setup.threads(threads);
        java.util.concurrent.atomic.AtomicInteger no = new java.util.concurrent.atomic.AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> DeepStack.newThread(r, "bench-" + no.incrementAndGet()));
        try {
            if (compareRounds != null) {
                Converter without = new Converter(Recognizers.withoutNames(),
                        noValidate ? null : SchemaValidator.project(), Metadata.EMPTY, false);
                List<byte[]> warm = corpus.subList(0, Math.min(500, corpus.size()));
                run(pool, without, warm);
                run(pool, converter, warm);
                return NameCost.measure(pool, without, converter, corpus, Math.max(1, compareRounds), out)
                        ? EditionCli.OK : EditionCli.FAILED;
            }
            run(pool, converter, corpus.subList(0, Math.min(500, corpus.size())));  // warm-up: JIT, class loading
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            long cpuStart = processCpu();
            int[] result = run(pool, converter, corpus);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = cpuStart < 0 ? Double.NaN : (processCpu() - cpuStart) / 1e9;
            out.printf("documents:   %d (%.1f MB of text, %d chars each on average), %d failed%n", documents,
                    bytes / 1e6, bytes / Math.max(1, documents), result[1]);
            out.printf("threads:     %d; schema validation: %s; names: %s; setup (recognizers + schema): %d ms%n", n,
                    noValidate ? "off" : "on", noNames ? "off" : register == null ? "rules only" : register.toString(),
                    setupMs);
            out.printf("time:        %.2f s%n", seconds);
            out.printf("throughput:  %.0f documents/s, %.1f MB/s%n", documents / seconds, bytes / 1e6 / seconds);
            // CPU time is steadier than wall time on a shared machine: compare settings by it
            out.printf("cpu time:    %.2f s in all threads, %.0f µs per document%n", cpuSeconds,
                    cpuSeconds * 1e6 / documents);
            out.printf("peak heap:   %.0f MB (used, all heap pools, during the timed run)%n", peakHeap() / 1e6);
            return result[1] == 0 ? EditionCli.OK : EditionCli.FAILED;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Converts the corpus; each TEI is dropped once counted, as a build drops it once written. */
    static int[] run(ExecutorService pool, Converter converter, List<byte[]> corpus) throws Exception {
        List<Future<Boolean>> futures = new ArrayList<>(corpus.size());
        for (int i = 0; i < corpus.size(); i++) {
            Path name = Path.of("generated-" + i + ".txt");
            byte[] doc = corpus.get(i);
            futures.add(pool.submit(() -> converter.convert(name, doc, Metadata.EMPTY,
                    new Diagnostics(name.toString())).ok()));
        }
        int ok = 0;
        int failed = 0;
        for (Future<Boolean> f : futures) {
            if (f.get()) {
                ok++;
            } else {
                failed++;
            }
        }
        return new int[] {ok, failed};
    }

    /** CPU time of the whole JVM (workers, JIT, GC), in nanoseconds. */
    static long processCpu() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
