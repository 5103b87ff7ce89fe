package org.edition.pipeline;

import java.io.IOException;
import java.io.OutputStream;
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
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        java.util.Queue<java.util.zip.Deflater> deflaters = new java.util.concurrent.ConcurrentLinkedQueue<>();
        try {
            // the directory of entries goes to a file beside the zip as it grows, not into memory (ZipWriter)
            try (OutputStream out = Files.newOutputStream(tmp); ZipWriter zip = new ZipWriter(out, target, time)) {
                IOException[] failure = new IOException[1];
                Parallel.forEach(sortedNames, Math.max(1, threads), name -> {
                    Path f = file.apply(name);
                    // a large file is streamed by the writer instead, so that the window never holds much
                    return Files.size(f) > IN_MEMORY ? null : ZipWriter.deflate(f, deflaters);
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
            return OutputFiles.replace(tmp, target);
        } finally {
            deflaters.forEach(java.util.zip.Deflater::end);
            Files.deleteIfExists(tmp);
        }
    }

    /** The largest file deflated in memory by a worker (larger ones are streamed). */
    private static final long IN_MEMORY = 4 << 20;
}
