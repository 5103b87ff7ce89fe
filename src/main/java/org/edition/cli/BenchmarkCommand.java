package org.edition.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.edition.corpus.CorpusGenerator;
import org.edition.diag.Diagnostics;
import org.edition.encode.Recognizers;
import org.edition.internal.DeepStack;
import org.edition.meta.Metadata;
import org.edition.pipeline.Conversion;
import org.edition.pipeline.Converter;
import org.edition.render.Renderer;
import org.edition.render.XsltEngine;
import org.edition.validate.SchemaValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code edition benchmark}: converts (and validates) a generated corpus in memory and reports
 * throughput and peak heap; with {@code --render}, renders the converted documents too, timed
 * apart; with {@code --scaling}, times the HTML rendering of single documents of growing size.
 * A measurement, not a test: it never fails on a slow machine.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"Convert and validate N generated sample-sized documents in memory (and with --render, render them to HTML and text); report documents per second and peak memory.",
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

    @Option(names = "--register", paramLabel = "<register.xml>", description = "register for name recognition (default: none; names are still found by rule)")
    Path register;

    @Option(names = "--compare-names", paramLabel = "<rounds>", description = "convert the corpus with and without name recognition in this many alternating rounds and report what recognition costs")
    Integer compareRounds;

    @Option(names = "--inputs", arity = "1..*", paramLabel = "<file.txt|dir>", description = "with --compare-names: "
            + "these plain-text documents (a folder's *.txt) instead of the generated corpus, each converted "
            + "--documents times over in all")
    List<Path> inputs;

    @Option(names = "--render", description = "also render every converted document, from its TEI held in memory, to HTML and the three text views; timed and reported apart from the conversion")
    boolean render;

    @Option(names = "--scaling", arity = "0..1", split = ",", paramLabel = "<kB>", fallbackValue = "64,256,1024,4096",
            description = "instead of the corpus: render single documents of about these sizes of TEI, in kB (given alone: ${FALLBACK-VALUE}), to HTML and text; print the time for each size")
    List<Integer> scaling;

    private static final byte[] NOTHING = new byte[0];

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
        long t0 = System.nanoTime();
        Recognizers recognizers = noNames && compareRounds == null ? Recognizers.withoutNames() : Setup.recognizers(register,
                spec.commandLine().getErr());
        Converter converter = new Converter(recognizers, noValidate ? null : SchemaValidator.project(),
                Metadata.EMPTY, false);
        long setupMs = (System.nanoTime() - t0) / 1_000_000;
        if (scaling != null) {
            return new RenderScaling(converter, new Renderer(new XsltEngine()), seed, out).run(scaling);
        }
        if (inputs != null && compareRounds == null) {
            throw new UserException("--inputs goes with --compare-names", EditionCli.USAGE);
        }
        List<byte[]> corpus = inputs != null ? NameCost.repeated(NameCost.read(inputs), documents)
                : generated(documents, size, seed);
        long bytes = corpus.stream().mapToLong(b -> b.length).sum();
        int n = Setup.threads(threads);
        AtomicInteger no = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> DeepStack.newThread(r, "bench-" + no.incrementAndGet()));
        try {
            if (compareRounds != null) {
                Converter without = new Converter(Recognizers.withoutNames(),
                        noValidate ? null : SchemaValidator.project(), Metadata.EMPTY, false);
                return NameCost.measure(pool, without, converter, corpus, Math.max(1, compareRounds), out)
                        ? EditionCli.OK : EditionCli.FAILED;
            }
            Map<byte[], Path> names = fileNames(corpus);
            Phase<byte[]> convert = doc -> {
                Path name = names.get(doc);
                Conversion c = converter.convert(name, doc, Metadata.EMPTY, new Diagnostics(name.toString()));
                // the TEI is kept (as UTF-8, the smaller) only to be rendered
                return !c.ok() ? null : render ? c.tei().getBytes(StandardCharsets.UTF_8) : NOTHING;
            };
            Timed<byte[]> converted = Timed.run(pool, corpus, convert);
            out.printf("documents:   %d (%.1f MB of text, %d chars each on average), %d failed%n", documents,
                    bytes / 1e6, bytes / Math.max(1, documents), converted.failed());
            out.printf("threads:     %d; schema validation: %s; names: %s; setup (recognizers + schema): %d ms%n", n,
                    noValidate ? "off" : "on", noNames ? "off" : register == null ? "rules only" : register.toString(),
                    setupMs);
            out.printf("time:        %.2f s%n", converted.seconds());
            out.printf("throughput:  %.0f documents/s, %.1f MB/s%n", documents / converted.seconds(),
                    bytes / 1e6 / converted.seconds());
            out.printf("peak heap:   %.0f MB (used, all heap pools, during the timed run)%n", converted.peakHeap() / 1e6);
            out.printf("cpu:         %.1f ms per document; %d idle cores would convert %.0f documents/s%n",
                    converted.cpuMsEach(), n, n * 1000 / converted.cpuMsEach());
            int failed = converted.failed();
            if (render) {
                failed += render(pool, n, converted.results(), out);
            }
            out.flush();
            return failed == 0 ? EditionCli.OK : EditionCli.FAILED;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A file name for each document, as a real corpus has: where names are kept (the review report
     * keeps the first mentions by file), one name for all would make every mention compete.
     */
    static Map<byte[], Path> fileNames(List<byte[]> corpus) {
        Map<byte[], Path> names = new IdentityHashMap<>(); // only read while the workers run
        for (byte[] doc : corpus) {
            names.putIfAbsent(doc, Path.of(String.format("generated-%05d.txt", names.size() + 1)));
        }
        return names;
    }

    private static List<byte[]> generated(int documents, int size, long seed) {
        CorpusGenerator generator = new CorpusGenerator(seed);
        List<byte[]> corpus = new ArrayList<>(documents);
        for (int i = 0; i < documents; i++) {
            corpus.add(generator.document(size).getBytes(StandardCharsets.UTF_8));
        }
        return corpus;
    }

    /** The rendering phase: each converted document to HTML and three text views, on the same pool. */
    private static int render(ExecutorService pool, int threads, List<byte[]> teis, PrintWriter out) throws Exception {
        List<byte[]> ok = teis.stream().filter(Objects::nonNull).toList();
        if (ok.isEmpty()) {
            out.println("render:      nothing to render: no document converted");
            return 0;
        }
        long teiBytes = ok.stream().mapToLong(b -> b.length).sum();
        long t0 = System.nanoTime();
        Renderer renderer = new Renderer(new XsltEngine());
        Renderer.Editions compiled = renderer.all(ok.get(0)); // compiles the stylesheets
        long compileMs = (System.nanoTime() - t0) / 1_000_000;
        Timed<Long> rendered = Timed.run(pool, ok, tei -> renderer.all(tei).length());
        long chars = rendered.results().stream().filter(Objects::nonNull).mapToLong(Long::longValue).sum();
        out.printf("render:      %d documents (%.1f MB of TEI held in memory) to HTML + %d text views each, %d failed;"
                + " stylesheets compiled once (%d ms); %d messages on the first document%n", ok.size(), teiBytes / 1e6,
                Renderer.VIEWS.size(), rendered.failed(), compileMs, compiled.messages().size());
        out.printf("render time: %.2f s (one parse and %d transformations per document; %.1f M characters written)%n",
                rendered.seconds(), 1 + Renderer.VIEWS.size(), chars / 1e6);
        out.printf("render rate: %.0f documents/s, %.1f MB of TEI/s%n", ok.size() / rendered.seconds(),
                teiBytes / 1e6 / rendered.seconds());
        out.printf("render heap: %.0f MB peak (used, all heap pools, during the timed run, the TEI held included)%n",
                rendered.peakHeap() / 1e6);
        out.printf("render cpu:  %.1f ms per document; %d idle cores would render %.0f documents/s%n",
                rendered.cpuMsEach(), threads, threads * 1000 / rendered.cpuMsEach());
        return rendered.failed();
    }

    /** One document's work in a timed phase; null (or an exception) counts as a failure. */
    private interface Phase<R> {
        R apply(byte[] input) throws Exception;
    }

    /** A phase run on a pool: warmed up on the first 500 inputs, then timed on all of them. */
    private record Timed<R>(List<R> results, int failed, double seconds, long peakHeap, long cpuNanos) {
        static <R> Timed<R> run(ExecutorService pool, List<byte[]> inputs, Phase<R> phase) throws Exception {
            collect(pool, inputs.subList(0, Math.min(500, inputs.size())), phase, new AtomicLong()); // warm-up
            System.gc();
            resetPeaks();
            AtomicLong cpu = new AtomicLong();
            long start = System.nanoTime();
            List<R> results = collect(pool, inputs, phase, cpu);
            double seconds = (System.nanoTime() - start) / 1e9;
            int failed = (int) results.stream().filter(Objects::isNull).count();
            return new Timed<>(results, failed, seconds, BenchmarkCommand.peakHeap(), cpu.get());
        }

        /** CPU milliseconds per input, all threads together: what a busy machine cannot inflate. */
        double cpuMsEach() {
            return cpuNanos / 1e6 / Math.max(1, results.size());
        }

        static <R> List<R> collect(ExecutorService pool, List<byte[]> inputs, Phase<R> phase, AtomicLong cpu)
                throws InterruptedException {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            List<Future<R>> futures = new ArrayList<>(inputs.size());
            for (byte[] input : inputs) {
                futures.add(pool.submit(() -> {
                    long c0 = threads.getCurrentThreadCpuTime();
                    try {
                        return phase.apply(input);
                    } finally {
                        cpu.addAndGet(threads.getCurrentThreadCpuTime() - c0);
                    }
                }));
            }
            List<R> results = new ArrayList<>(inputs.size());
            for (Future<R> f : futures) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    results.add(null);
                }
            }
            return results;
        }
    }

    /** Converts the corpus, dropping each TEI once counted; {ok, failed}. */
    static int[] run(ExecutorService pool, Converter converter, List<byte[]> corpus) throws Exception {
        Map<byte[], Path> names = fileNames(corpus);
        Phase<Boolean> convert = doc -> {
            Path name = names.get(doc);
            return converter.convert(name, doc, Metadata.EMPTY, new Diagnostics(name.toString())).ok() ? true : null;
        };
        List<Boolean> results = Timed.collect(pool, corpus, convert, new AtomicLong());
        int failed = (int) results.stream().filter(Objects::isNull).count();
        return new int[] {results.size() - failed, failed};
    }

    /** CPU time of the whole JVM (workers, JIT, GC), in nanoseconds; -1 where the JVM does not say. */
    static long processCpu() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
