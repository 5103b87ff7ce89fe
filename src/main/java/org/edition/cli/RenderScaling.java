package org.edition.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import net.sf.saxon.s9api.XdmNode;
import org.edition.corpus.CorpusGenerator;
import org.edition.diag.Diagnostics;
import org.edition.internal.DeepStack;
import org.edition.meta.Metadata;
import org.edition.pipeline.Conversion;
import org.edition.pipeline.Converter;
import org.edition.render.Renderer;

/**
 * {@code edition benchmark --scaling}: how the time to render one document grows with its size.
 * Generates single documents whose TEI has about the sizes asked for, converts each, and times
 * parsing the TEI, rendering it to HTML and to the bracketed text (best of three runs, after a
 * warm-up), on one thread. Linear growth shows as a constant time per MB; the CPU time per MB is
 * what a busy machine cannot inflate.
 */
final class RenderScaling {
    private static final int RUNS = 3;
    private static final int PROBE_CHARS = 20_000;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final Converter converter;
    private final Renderer renderer;
    private final CorpusGenerator generator;
    private final PrintWriter out;

    RenderScaling(Converter converter, Renderer renderer, long seed, PrintWriter out) {
        this.converter = converter;
        this.renderer = renderer;
        this.generator = new CorpusGenerator(seed);
        this.out = out;
    }

    /** A generated input: the size asked of the generator, the size it gave, and its TEI. */
    private record Sample(int asked, int inputChars, byte[] tei) {
    }

    int run(List<Integer> kilobytes) {
        return DeepStack.call(() -> sweep(kilobytes)); // on one thread, whose CPU time is the rendering's
    }

    private int sweep(List<Integer> kilobytes) {
        // TEI bytes = header + perChar x characters asked of the generator, from two documents
        Sample small = sample(PROBE_CHARS / 4);
        Sample probe = sample(PROBE_CHARS);
        double perChar = (probe.tei().length - small.tei().length) / (double) (probe.asked() - small.asked());
        double header = small.tei().length - perChar * small.asked();
        for (int i = 0; i < 5; i++) {
            time(probe.tei()); // warm-up: JIT, class loading, stylesheet compilation
        }
        out.printf("scaling: one document at a time, one thread; best of %d runs; HTML = parse + transformation%n", RUNS);
        out.printf("%10s %10s %10s %10s %10s %12s %12s%n", "TEI", "input", "parse", "HTML", "text", "HTML per MB",
                "CPU per MB");
        double previousMs = 0;
        long previousSize = 0;
        for (int kB : kilobytes) {
            long target = kB * 1024L;
            Sample s = sample((int) Math.max(PROBE_CHARS / 4, (target - header) / perChar));
            for (int aim = 0; aim < 3 && Math.abs(s.tei().length - target) > target / 10; aim++) {
                s = sample((int) ((double) s.asked() * target / s.tei().length)); // aimed by the last one
            }
            long[] best = time(s.tei());
            for (int r = 1; r < RUNS; r++) {
                long[] t = time(s.tei());
                for (int k = 0; k < best.length; k++) {
                    best[k] = Math.min(best[k], t[k]);
                }
            }
            double mb = s.tei().length / (double) (1 << 20);
            double htmlMs = (best[0] + best[1]) / 1e6;
            out.printf("%7.0f kB %7.0f kB %7.0f ms %7.0f ms %7.0f ms %9.0f ms %9.0f ms%n", s.tei().length / 1024.0,
                    s.inputChars() / 1024.0, best[0] / 1e6, htmlMs, best[2] / 1e6, htmlMs / mb, best[3] / 1e6 / mb);
            if (previousSize > 0) {
                out.printf("%10s x%.2f size, x%.2f HTML time%n", "", s.tei().length / (double) previousSize,
                        htmlMs / previousMs);
            }
            previousMs = htmlMs;
            previousSize = s.tei().length;
        }
        out.flush();
        return EditionCli.OK;
    }

    /** A generated document of about {@code chars} characters, converted. */
    private Sample sample(int chars) {
        Path name = Path.of("scaling.txt");
        String text = generator.document(chars);
        Conversion c = converter.convert(name, text.getBytes(StandardCharsets.UTF_8), Metadata.EMPTY,
                new Diagnostics(name.toString()));
        if (!c.ok()) {
            throw new IllegalStateException("a generated document did not convert: " + c.diagnostics());
        }
        return new Sample(chars, text.length(), c.tei().getBytes(StandardCharsets.UTF_8));
    }

    /** Nanoseconds to parse, to render to HTML, to render to bracketed text; CPU nanoseconds to parse and render HTML. */
    private long[] time(byte[] tei) {
        long c0 = CPU.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        XdmNode doc = renderer.parse(tei);
        long t1 = System.nanoTime();
        renderer.html(doc, Renderer.VIEWS.get(0));
        long t2 = System.nanoTime();
        long c2 = CPU.getCurrentThreadCpuTime();
        renderer.text(doc, Renderer.VIEWS.get(0), 0);
        long t3 = System.nanoTime();
        return new long[] {t1 - t0, t2 - t1, t3 - t2, c2 - c0};
    }
}
