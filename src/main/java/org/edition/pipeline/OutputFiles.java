package org.edition.pipeline;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Puts finished output files in place so that a reader never sees half a file: an atomic rename of
 * a complete temporary file. A file whose content would not change is left alone, so a repeated
 * run touches nothing. Stateless.
 */
public final class OutputFiles {
    private OutputFiles() {
    }

    /** Writes {@code content} to {@code target} through a temporary file, unless it is there already. */
    public static boolean write(Path target, String content) throws IOException {
        return write(target, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Writes {@code content} to {@code target} through a temporary file, unless it is there already. */
    public static boolean write(Path target, byte[] content) throws IOException {
        return write(target, out -> out.write(content));
    }

    /** What writes a file's content to a stream. */
    @FunctionalInterface
    public interface Writing {
        void to(java.io.OutputStream out) throws IOException;
    }

    /**
     * Writes what {@code writing} gives to {@code target} through a temporary file, unless the
     * target has those bytes already: the same as {@link #write(Path, byte[])} for content too large
     * to hold in memory first.
     */
    public static boolean write(Path target, Writing writing) throws IOException {
        try (Pending file = Pending.open(target)) {
            writing.to(file.stream());
            return file.finish();
        }
    }

    /**
     * A file being written to a temporary file beside its target, for content that arrives while
     * something else is being made (a page a stylesheet writes with xsl:result-document): {@link
     * #finish} puts it in place unless the target has those bytes already; closing it unfinished
     * leaves the target as it was and removes the temporary file.
     */
    public static final class Pending implements java.io.Closeable {
        private final Path target;
        private final Path tmp;
        private final java.io.OutputStream out;
        private boolean closed;

        private Pending(Path target, Path tmp) throws IOException {
            this.target = target;
            this.tmp = tmp;
            this.out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
        }

        public static Pending open(Path target) throws IOException {
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try {
                return new Pending(target, tmp);
            } catch (IOException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
        }

        /** Where the content goes; not to be closed by the writer ({@link #finish} does). */
        public java.io.OutputStream stream() {
            return out;
        }

        /** Puts the file in place unless the target has its bytes already; returns whether the target changed. */
        public boolean finish() throws IOException {
            try {
                closed = true;
                out.close();
                return replace(tmp, target);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                try {
                    out.close();
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
        }
    }

    /**
     * Puts at {@code target} a file with the bytes of {@code source}: a hard link to it where the file
     * system allows one (no bytes written twice), else a copy, through a temporary file either way. A
     * target that is that file already, or has its bytes, is left alone.
     *
     * @return whether the target changed
     */
    public static boolean linkOrCopy(Path source, Path target) throws IOException {
        if (Files.isRegularFile(target) && Files.isSameFile(source, target)) {
            return false;
        }
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            Files.delete(tmp);
            try {
                Files.createLink(tmp, source);
            } catch (IOException | UnsupportedOperationException e) {
                // another file system, or none with links: a copy
                Files.copy(source, tmp);
            }
            return replace(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Moves {@code tmp} onto {@code target} unless their bytes are equal; returns whether it moved. */
    public static boolean replace(Path tmp, Path target) throws IOException {
        if (Files.isRegularFile(target) && sameBytes(tmp, target)) {
            return false;
        }
        readableByAll(tmp);
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return true;
    }

    /** Temporary files are private to their owner; an output file is for everyone to read. */
    private static void readableByAll(Path p) throws IOException {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its defaults apply
        }
    }

    private static boolean sameBytes(Path a, Path b) throws IOException {
        // Files.mismatch compares in large blocks; a byte at a time through read() was a quarter of a
        // rebuild's CPU when Edition's code changed and every output was made again to the same bytes
        return Files.size(a) == Files.size(b) && Files.mismatch(a, b) == -1;
    }
}
