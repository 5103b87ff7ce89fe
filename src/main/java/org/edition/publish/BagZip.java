package org.edition.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Unzips a package safely (no entry may land outside the target folder, and the whole archive is
 * bounded in size) and removes the working folders. Stateless. Writing is
 * {@link org.edition.pipeline.ReproducibleZip}'s.
 */
final class BagZip {
    /** Everything an archive may unpack to: far above any edition, far below a full disk. */
    static final long MAX_UNPACKED_BYTES = 2L * 1024 * 1024 * 1024;

    private BagZip() {
    }

    /** Unpacks {@code zip} into the empty folder {@code into}; a problem is a {@link PackageException}. */
    static void unzip(Path zip, Path into) throws IOException {
        Path root = into.toAbsolutePath().normalize();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            long total = 0;
            Enumeration<? extends ZipEntry> entries = file.entries();
            if (!entries.hasMoreElements()) {
                throw new PackageException(zip + " is an empty zip archive, not a bag");
            }
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                Path target = root.resolve(e.getName()).normalize();
                if (!target.startsWith(root) || target.equals(root) || e.getName().contains("\\")) {
                    throw new PackageException(zip + ": the entry '" + e.getName()
                            + "' would be written outside the folder it is unpacked into; refusing to unpack it");
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(e); OutputStream out = Files.newOutputStream(target)) {
                    total += copyBounded(in, out, MAX_UNPACKED_BYTES - total, zip);
                }
            }
        } catch (ZipException e) {
            throw new PackageException(zip + " is not a readable zip archive (" + e.getMessage() + ")");
        }
    }

    private static long copyBounded(InputStream in, OutputStream out, long allowed, Path zip) throws IOException {
        byte[] buffer = new byte[65536];
        long copied = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            copied += n;
            if (copied > allowed) {
                throw new PackageException(zip + " unpacks to more than " + MAX_UNPACKED_BYTES / (1024 * 1024)
                        + " MB; refusing to unpack it");
            }
            out.write(buffer, 0, n);
        }
        return copied;
    }

    /** Deletes a folder and everything in it, quietly: it is a temporary one. */
    static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        List<Path> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.forEach(all::add);
        } catch (IOException e) {
            return;
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(all.get(i));
            } catch (IOException e) {
                // a temporary file the system will clear
            }
        }
    }
}
