package org.edition.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.edition.corpus.CorpusGenerator;

/**
 * {@code edition benchmark --site}: generates N documents into a seeds folder (with the edition's
 * {@code edition.yaml} and {@code register.xml}), runs the whole build on them exactly as
 * {@code edition build} does, and reports each step's wall and CPU time, the size of the site and
 * of its search data, and the peak heap; with {@code --change-one}, then changes one document and
 * builds again, reporting that time and every file the rebuild wrote. A measurement, not a test.
 */
final class SiteBenchmark {
    private final PrintWriter out;
    /** The site's own line of step times ("site steps: summaries ... s, ..."), from the last build. */
    private String siteSteps;
    private final PrintWriter err;

    SiteBenchmark(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** @return whether the builds succeeded */
    boolean run(int documents, int size, long seed, Integer threads, Path configFrom, Path workDir, boolean changeOne)
            throws IOException {
        boolean temporary = workDir == null;
        Path work = temporary ? Files.createTempDirectory("edition-site-benchmark") : workDir;
        try {
            Path seeds = work.resolve("seeds");
            Path output = work.resolve("output");
            long textBytes = generate(seeds, documents, size, seed, configFrom);
            out.printf("documents:   %d generated (%.1f MB of text) in %s%n", documents, textBytes / 1e6, seeds);
            out.printf("threads:     %d%n", Setup.threads(threads));
            if (Files.isDirectory(output.resolve("tei"))) {
                // the build skips or leaves alone what an earlier run made: its figures are a rebuild's
                out.printf("note:        %s holds an earlier build: this is a rebuild, not a fresh build%n", output);
            }
            Memory memory = Memory.start();
            BuildSteps steps = new BuildSteps();
            boolean ok = build(seeds, output, threads, steps);
            memory.stop();
            report(steps, "build");
            Sizes site = Sizes.of(output.resolve("site"));
            out.printf("site:        %d files, %.1f MB; largest %s (%.2f MB)%n", site.files, site.bytes / 1e6,
                    site.largest, site.largestBytes / 1e6);
            Sizes search = Sizes.search(output.resolve("site"));
            out.printf("search data: %d files, %.2f MB; largest %s (%.2f MB)%n", search.files, search.bytes / 1e6,
                    search.largest, search.largestBytes / 1e6);
            peak(memory);
            if (changeOne && ok) {
                ok = rebuildOne(seeds, output, threads);
            }
            out.flush();
            return ok;
        } finally {
            if (temporary) {
                delete(work);
            }
        }
    }

    private boolean build(Path seeds, Path output, Integer threads, BuildSteps steps) {
        BuildCommand build = new BuildCommand();
        build.seeds = seeds;
        build.output = output;
        build.threads = threads;
        // the build's own progress lines are not the benchmark's report, but for the site's steps
        SiteStepsLine progress = new SiteStepsLine();
        boolean ok = build.build(new PrintWriter(progress), err, steps);
        siteSteps = progress.kept;
        return ok;
    }

    /**
     * Of the build's progress, keeps the line of the site's steps ("site steps: ...") and lets the
     * rest go as it comes: held, a line per document would be megabytes at 10,000 documents, and
     * would count in the memory the benchmark measures as the build's.
     */
    private static final class SiteStepsLine extends java.io.Writer {
        private final StringBuilder line = new StringBuilder();
        private String kept;

        @Override
        public void write(char[] chars, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (chars[i] != '\n') {
                    line.append(chars[i]);
                    continue;
                }
                if (line.indexOf("site steps:") == 0) {
                    kept = line.toString();
                }
                line.setLength(0);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** Changes one document (a paragraph added after its opening), builds again, reports what changed. */
    private boolean rebuildOne(Path seeds, Path output, Integer threads) throws IOException {
        List<Path> inputs;
        try (Stream<Path> all = Files.list(seeds)) {
            inputs = all.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Path changed = inputs.get(inputs.size() / 2);
        String text = Files.readString(changed);
        int at = nthBlock(text, 4);
        Files.writeString(changed, text.substring(0, at) + "The [North] Korean side was informed of this change.\n\n"
                + text.substring(at));
        Map<Path, Stamp> before = stamps(output);
        BuildSteps steps = new BuildSteps();
        Memory memory = Memory.start();
        boolean ok = build(seeds, output, threads, steps);
        memory.stop();
        Map<Path, Stamp> after = stamps(output);
        List<String> written = new ArrayList<>();
        after.forEach((p, s) -> {
            if (!s.equals(before.get(p))) {
                written.add(output.relativize(p).toString());
            }
        });
        before.keySet().stream().filter(p -> !after.containsKey(p)).forEach(p -> written.add(output.relativize(p)
                + " (removed)"));
        written.sort(null);
        out.printf("changed:     %s (a paragraph added)%n", changed.getFileName());
        report(steps, "rebuild");
        peak(memory);
        out.printf("rewritten:   %d of %d files%n", written.size(), after.size());
        written.forEach(f -> out.println("  " + f));
        return ok;
    }

    private void peak(Memory memory) {
        out.printf("peak heap:   %.0f MB used (all heap pools' peaks); %.0f MB live after GC (largest heap "
                + "after any collection)%n", memory.peakUsed() / 1e6, memory.peakAfterGc() / 1e6);
    }

    private void report(BuildSteps steps, String label) {
        long wall = 0;
        long cpu = 0;
        for (BuildSteps.Step s : steps.steps()) {
            out.printf("  %-10s %7.2f s wall, %7.2f s cpu%n", s.name(), s.wallNanos() / 1e9, s.cpuNanos() / 1e9);
            if (s.name().equals("site") && siteSteps != null) {
                out.println("    " + siteSteps.replaceFirst("^site steps: ", "wall: "));
            }
            wall += s.wallNanos();
            cpu += s.cpuNanos();
        }
        out.printf("%-12s %.2f s wall, %.2f s cpu%n", label + ":", wall / 1e9, cpu / 1e9);
    }

    private static int nthBlock(String text, int n) {
        int at = 0;
        for (int i = 0; i < n; i++) {
            int next = text.indexOf("\n\n", at);
            if (next < 0) {
                return at;
            }
            at = next + 2;
        }
        return at;
    }

    private static long generate(Path seeds, int documents, int size, long seed, Path configFrom) throws IOException {
        Files.createDirectories(seeds);
        for (String f : List.of("edition.yaml", "register.xml")) {
            if (Files.exists(configFrom.resolve(f))) {
                Files.copy(configFrom.resolve(f), seeds.resolve(f), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        CorpusGenerator generator = new CorpusGenerator(seed);
        int digits = Integer.toString(Math.max(1, documents - 1)).length();
        long bytes = 0;
        for (int i = 0; i < documents; i++) {
            byte[] text = generator.document(size).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Files.write(seeds.resolve(String.format("generated-%0" + digits + "d.txt", i)), text);
            bytes += text.length;
        }
        return bytes;
    }

    private record Stamp(long size, FileTime modified) {
    }

    private static Map<Path, Stamp> stamps(Path dir) throws IOException {
        Map<Path, Stamp> stamps = new HashMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                stamps.put(p, new Stamp(Files.size(p), Files.getLastModifiedTime(p)));
            }
        }
        return stamps;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Files and bytes under a folder, and its largest file. */
    private record Sizes(int files, long bytes, String largest, long largestBytes) {
        static Sizes of(Path dir) throws IOException {
            // counted as walked, not listed first: 50,000 paths would make this the largest heap of the run
            try (Stream<Path> all = Files.walk(dir)) {
                return of(dir, all.filter(Files::isRegularFile));
            }
        }

        /** The search data: search-index.js and the shards under search/. */
        static Sizes search(Path site) throws IOException {
            List<Path> files = new ArrayList<>();
            if (Files.exists(site.resolve("search-index.js"))) {
                files.add(site.resolve("search-index.js"));
            }
            if (Files.isDirectory(site.resolve("search"))) {
                try (Stream<Path> all = Files.walk(site.resolve("search"))) {
                    all.filter(Files::isRegularFile).forEach(files::add);
                }
            }
            return of(site, files.stream());
        }

        private static Sizes of(Path root, Stream<Path> files) {
            long bytes = 0;
            long largest = -1;
            String name = "-";
            int count = 0;
            for (Path p : (Iterable<Path>) files::iterator) {
                count++;
                long n = size(p);
                bytes += n;
                if (n > largest) {
                    largest = n;
                    name = root.relativize(p).toString();
                }
            }
            return new Sizes(count, bytes, name, Math.max(0, largest));
        }

        private static long size(Path p) {
            try {
                return Files.size(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Peak heap during the build: the sum of the heap pools' peaks (as the conversion benchmark
     * reports it; garbage not yet collected counts), and the largest heap left after any garbage
     * collection (what the build really kept), from the collectors' notifications.
     */
    private static final class Memory {
        private final AtomicLong afterGc = new AtomicLong();
        private final NotificationListener listener = (n, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                long used = 0;
                for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (heapPool(e.getKey())) {
                        used += e.getValue().getUsed();
                    }
                }
                afterGc.accumulateAndGet(used, Math::max);
            }
        };

        static Memory start() {
            System.gc();
            Memory m = new Memory();
            BenchmarkCommand.resetPeaks();
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener(m.listener, null, null);
            }
            return m;
        }

        void stop() {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                try {
                    ((NotificationEmitter) gc).removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException e) {
                    // never added: nothing to remove
                }
            }
        }

        long peakUsed() {
            return BenchmarkCommand.peakHeap();
        }

        long peakAfterGc() {
            return afterGc.get();
        }

        private static boolean heapPool(String name) {
            return ManagementFactory.getMemoryPoolMXBeans().stream()
                    .anyMatch(p -> p.getName().equals(name) && p.getType() == MemoryType.HEAP);
        }
    }
}
