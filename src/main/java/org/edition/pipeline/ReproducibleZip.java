package org.edition.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.edition.internal.Parallel;

/**
 * A zip file that depends on the files' names and bytes only (the edition's download, the archive
 * package): entries in name order, every one with the same time, stored as DOS local time so the
 * time zone of the build does not matter, no extra fields, one compression level. The same files
 * give the same zip, byte for byte. Written through {@link OutputFiles}, so an unchanged zip is left
 * untouched. Stateless.
 */
public final class ReproducibleZip {
    /** The time of every entry when there is no better one. */
    public static final LocalDateTime DEFAULT_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private ReproducibleZip() {
    }

    /** Every file under {@code root}, by its path relative to it with '/' separators. */
    public static Map<String, Path> filesUnder(Path root) throws IOException {
        Map<String, Path> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                entries.put(root.relativize(f).toString().replace('\\', '/'), f);
            }
        }
        return entries;
    }

    /**
     * Writes the zip of {@code entries} (name in the zip to file), each entry stating {@code time},
     * to {@code target}: beside it first, then moved into place unless it has these bytes already.
     *
     * @return whether the file was written
     */
    public static boolean write(Path target, Map<String, Path> entries, LocalDateTime time) throws IOException {
        Map<String, Path> sorted = new TreeMap<>(entries);
        return write(target, new java.util.ArrayList<>(sorted.keySet()), sorted::get, time,
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * The same for entries given by their names, in name order, each read from {@code file(name)}: for
     * many entries, which then need no map of names to paths beside the names. Files are deflated on
     * {@code threads} threads, a window of them at a time, and written in order by this one, so the
     * bytes do not depend on the number of threads.
     */
    public static boolean write(Path target, java.util.List<String> sortedNames, java.util.function.Function<String, Path> file,
            LocalDateTime time, int threads) throws IOException {
        return write(target, sortedNames, file, time, threads, false).changed();
    }

    /** What {@link #write} did: whether the zip's bytes changed, and how many of its entries were kept from the zip it replaced. */
    public record Written(boolean changed, int kept, int entries) {
    }

    /**
     * The same; with {@code keep}, an entry whose file still has the bytes it has in the zip already at
     * {@code target} is copied from there as it is stored instead of deflated again (the file is
     * still read, and the stored data inflated and compared with it). The caller vouches that the
     * zip there was written with the same {@link #fingerprint()}, so that what is kept is what
     * deflating would give: the bytes are then those of a zip written afresh.
     */
    public static Written write(Path target, java.util.List<String> sortedNames, java.util.function.Function<String, Path> file,
            LocalDateTime time, int threads, boolean keep) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        java.util.Queue<java.util.zip.Deflater> deflaters = new java.util.concurrent.ConcurrentLinkedQueue<>();
        java.util.concurrent.atomic.AtomicInteger kept = new java.util.concurrent.atomic.AtomicInteger();
        try {
            // the zip there is read while the new one is written beside it, and closed before that replaces it
            try (FileChannel earlier = keep && Files.isRegularFile(target) ? FileChannel.open(target) : null) {
                writeEntries(tmp, target, sortedNames, file, time, threads, earlier, deflaters, kept);
            }
            return new Written(OutputFiles.replace(tmp, target), kept.get(), sortedNames.size());
        } finally {
            deflaters.forEach(java.util.zip.Deflater::end);
            Files.deleteIfExists(tmp);
        }
    }

    private static void writeEntries(Path tmp, Path target, java.util.List<String> sortedNames,
            java.util.function.Function<String, Path> file, LocalDateTime time, int threads, FileChannel earlier,
            java.util.Queue<java.util.zip.Deflater> deflaters, java.util.concurrent.atomic.AtomicInteger kept)
            throws IOException {
        ZipWriter.Stored[] stored = earlier == null ? new ZipWriter.Stored[sortedNames.size()]
                : ZipWriter.stored(earlier, sortedNames);
        // the directory of entries goes to a file beside the zip as it grows, not into memory (ZipWriter)
        try (OutputStream out = Files.newOutputStream(tmp); ZipWriter zip = new ZipWriter(out, target, time)) {
            IOException[] failure = new IOException[1];
            Parallel.forEach(sortedNames, Math.max(1, threads), name -> {
                Path f = file.apply(name);
                // a large file is streamed by the writer instead, so that the window never holds much
                if (Files.size(f) > IN_MEMORY) {
                    return null;
                }
                byte[] bytes = Files.readAllBytes(f);
                int i = java.util.Collections.binarySearch(sortedNames, name);
                ZipWriter.Stored old = i < 0 ? null : stored[i];
                ZipWriter.Deflated same = old == null ? null : ZipWriter.kept(old, bytes, earlier);
                if (same != null) {
                    kept.incrementAndGet();
                    return same;
                }
                return ZipWriter.deflate(bytes, deflaters);
            }, (name, deflated) -> {
                if (failure[0] != null) {
                    return;
                }
                try {
                    if (deflated == null) {
                        zip.add(name, file.apply(name));
                    } else {
                        zip.add(name, deflated);
                    }
                } catch (IOException e) {
                    failure[0] = e;
                }
            }, (name, e) -> {
                if (failure[0] == null) {
                    failure[0] = e instanceof IOException io ? io : new IOException(name + ": " + e.getMessage(), e);
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
        }
    }

    /**
     * What this class's compression makes of a fixed text, as a SHA-256: it changes with the
     * compression level or the zlib underneath. Entries may be kept from a zip written with the same.
     */
    public static String fingerprint() {
        return ZipWriter.fingerprint();
    }

    /** The largest file deflated in memory by a worker (larger ones are streamed). */
    private static final long IN_MEMORY = 4 << 20;
}
