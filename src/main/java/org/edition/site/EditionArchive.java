package org.edition.site;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.edition.pipeline.OutputFiles;

/**
 * The whole edition as one zip file that depends on the files' names and bytes only: entries in
 * name order, every one with the same fixed time (2000-01-01 00:00, stored as DOS local time, so
 * the time zone of the build does not matter), no extra fields, one compression level. The same
 * files give the same zip, byte for byte. (Not 1980-01-01: at the very start of the DOS epoch the
 * JDK adds an extended timestamp field computed in the local time zone.) Stateless.
 */
final class EditionArchive {
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private EditionArchive() {
    }

    /**
     * Writes the zip of {@code entries} (name in the zip to file) to {@code target} through
     * {@link OutputFiles}, so an unchanged zip is left untouched.
     *
     * @return whether the file was written
     */
    static boolean write(Path target, Map<String, Path> entries) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.setLevel(Deflater.BEST_COMPRESSION);
                for (Map.Entry<String, Path> e : new TreeMap<>(entries).entrySet()) {
                    ZipEntry entry = new ZipEntry(e.getKey());
                    entry.setTimeLocal(FIXED_TIME);
                    zip.putNextEntry(entry);
                    Files.copy(e.getValue(), zip);
                    zip.closeEntry();
                }
            }
            return OutputFiles.replace(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
