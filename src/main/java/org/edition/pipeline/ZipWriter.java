package org.edition.pipeline;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A zip written an entry at a time whose central directory grows in a temporary file instead of in
 * memory: the JDK's ZipOutputStream keeps every entry until it writes the directory at the end,
 * some 200 bytes each (9 MB for the 40,000 files of an edition of 10,000 documents). Entries are
 * deflated, named in UTF-8, all with one time, with no extra fields; their sizes and checksum follow
 * the data (a data descriptor), so that each file is read once, as a stream. Zip64 records are added
 * where a zip needs them (more than 65,535 entries, or past 4 GB). Not thread-safe. It also reads
 * such a zip back ({@link #stored}, {@link #kept}), so that an entry whose file is unchanged can be
 * copied from it as it is stored.
 */
final class ZipWriter implements java.io.Closeable {
    private static final int LOCAL = 0x04034b50;
    private static final int DESCRIPTOR = 0x08074b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int END = 0x06054b50;
    private static final int ZIP64_END = 0x06064b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    /** Sizes and checksum in a data descriptor after the data (bit 3); names in UTF-8 (bit 11). */
    private static final int FLAGS = 0x0808;
    private static final int DEFLATED = 8;
    private static final long MAX_32 = 0xFFFFFFFFL;

    private final Counting out;
    private final Path directoryFile;
    private final Counting directory;
    private final int dosTime;
    private final int dosDate;
    private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    private final byte[] buffer = new byte[1 << 16];
    private final byte[] deflated = new byte[1 << 16];
    private long entries;

    /** A zip written to {@code target} (a stream the caller closes), its directory meanwhile in a file beside {@code spare}. */
    ZipWriter(OutputStream target, Path spare, LocalDateTime time) throws IOException {
        this.out = new Counting(new BufferedOutputStream(target, 1 << 16));
        this.directoryFile = Files.createTempFile(spare.toAbsolutePath().getParent(), "." + spare.getFileName(), ".dir");
        this.directory = new Counting(new BufferedOutputStream(Files.newOutputStream(directoryFile), 1 << 16));
        this.dosTime = time.getHour() << 11 | time.getMinute() << 5 | time.getSecond() / 2;
        this.dosDate = (time.getYear() - 1980) << 9 | time.getMonthValue() << 5 | time.getDayOfMonth();
    }

    /** Adds the bytes of {@code file} as the entry {@code name}, deflated here as they are read. */
    void add(String name, Path file) throws IOException {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        long offset = localHeader(nameBytes);
        CRC32 crc = new CRC32();
        long size = 0;
        long start = out.count;
        deflater.reset();
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                crc.update(buffer, 0, n);
                size += n;
                deflater.setInput(buffer, 0, n);
                while (!deflater.needsInput()) {
                    out.write(deflated, 0, deflater.deflate(deflated));
                }
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            out.write(deflated, 0, deflater.deflate(deflated));
        }
        long compressed = out.count - start;
        if (size > MAX_32 || compressed > MAX_32) {
            throw new IOException(file + " is too large for a zip entry (4 GB or more)");
        }
        trailer(nameBytes, offset, crc.getValue(), compressed, size);
    }

    /** Adds an entry deflated beforehand ({@link #deflate}, on another thread): the same bytes {@link #add(String, Path)} writes. */
    void add(String name, Deflated entry) throws IOException {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        long offset = localHeader(nameBytes);
        out.write(entry.data(), 0, entry.length());
        trailer(nameBytes, offset, entry.crc(), entry.length(), entry.size());
    }

    /** A file's bytes deflated as the zip stores them, with their checksum and size. */
    record Deflated(byte[] data, int length, long crc, long size) {
    }

    /**
     * Deflates a file's bytes in memory, with one of {@code deflaters} (taken and given back, so that
     * threads deflating at once each have their own); thread-safe.
     */
    static Deflated deflate(byte[] bytes, java.util.Queue<Deflater> deflaters) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        Deflater d = deflaters.poll();
        if (d == null) {
            d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        }
        try {
            d.reset();
            d.setInput(bytes);
            d.finish();
            byte[] data = new byte[bytes.length + bytes.length / 1000 + 64]; // deflate's worst case, with room to spare
            int length = 0;
            while (!d.finished()) {
                if (length == data.length) {
                    data = java.util.Arrays.copyOf(data, data.length * 2);
                }
                length += d.deflate(data, length, data.length - length);
            }
            return new Deflated(data, length, crc.getValue(), bytes.length);
        } finally {
            deflaters.add(d);
        }
    }

    /** Where an entry of a zip written by this class keeps its deflated data, with its checksum and size. */
    record Stored(long header, long compressed, long crc, long size) {
    }

    /**
     * Where a zip written by this class keeps each of {@code sortedNames} (null where it has no such
     * entry): its central directory is read as a stream and matched with the names as a merge, both
     * being in name order, so that nothing but these records is held (a map of the directory's names
     * took some 150 bytes an entry). All null for a file that is no such zip (another's, truncated,
     * or not a zip at all).
     */
    static Stored[] stored(java.nio.channels.FileChannel zip, java.util.List<String> sortedNames) {
        Stored[] found = new Stored[sortedNames.size()];
        try {
            long length = zip.size();
            if (length < 22) {
                return found;
            }
            java.nio.ByteBuffer end = read(zip, length - 22, 22);
            if (end.getInt(0) != END) {
                return found; // not ours: this class writes no comment after the end record
            }
            long count = end.getShort(10) & 0xFFFF;
            long size = end.getInt(12) & MAX_32;
            long start = end.getInt(16) & MAX_32;
            if (length >= 22 + 20 + 56 && read(zip, length - 22 - 20, 4).getInt(0) == ZIP64_LOCATOR) {
                java.nio.ByteBuffer zip64 = read(zip, read(zip, length - 22 - 20, 20).getLong(8), 56);
                if (zip64.getInt(0) != ZIP64_END) {
                    return found;
                }
                count = zip64.getLong(32);
                size = zip64.getLong(40);
                start = zip64.getLong(48);
            }
            if (start + size > length) {
                return found;
            }
            Cursor dir = new Cursor(zip, start);
            int next = 0;
            for (long i = 0; i < count; i++) {
                java.nio.ByteBuffer fixed = dir.take(46);
                if (fixed.getInt(0) != CENTRAL || (fixed.getShort(8) & 0xFFFF) != FLAGS
                        || (fixed.getShort(10) & 0xFFFF) != DEFLATED) {
                    return new Stored[sortedNames.size()];
                }
                int nameLength = fixed.getShort(28) & 0xFFFF;
                int extra = fixed.getShort(30) & 0xFFFF;
                int comment = fixed.getShort(32) & 0xFFFF;
                long header = fixed.getInt(42) & MAX_32;
                byte[] nameBytes = new byte[nameLength];
                dir.take(nameLength).get(nameBytes);
                java.nio.ByteBuffer extras = dir.take(extra);
                dir.take(comment);
                if (header == MAX_32 && extra >= 12 && extras.getShort(0) == 1) {
                    header = extras.getLong(4);
                }
                String name = new String(nameBytes, StandardCharsets.UTF_8);
                while (next < found.length && sortedNames.get(next).compareTo(name) < 0) {
                    next++;
                }
                if (next < found.length && sortedNames.get(next).equals(name)) {
                    found[next] = new Stored(header, fixed.getInt(20) & MAX_32, fixed.getInt(16) & MAX_32,
                            fixed.getInt(24) & MAX_32);
                }
            }
            return found;
        } catch (IOException | RuntimeException e) {
            return new Stored[sortedNames.size()]; // unreadable as one of ours: nothing is taken from it
        }
    }

    /** A zip's bytes read on from a place, a buffer at a time, by positional reads. */
    private static final class Cursor {
        private final java.nio.channels.FileChannel zip;
        private long at;
        private java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(0);

        Cursor(java.nio.channels.FileChannel zip, long at) {
            this.zip = zip;
            this.at = at;
        }

        /** The next {@code n} bytes, little-endian, valid until the next call. */
        java.nio.ByteBuffer take(int n) throws IOException {
            if (buffer.remaining() < n) {
                java.nio.ByteBuffer more = read(zip, at, (int) Math.min(Math.max(n, 1 << 16), Math.max(n, zip.size() - at)));
                at += more.remaining();
                buffer = java.nio.ByteBuffer.allocate(buffer.remaining() + more.remaining()).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                        .put(buffer).put(more).flip();
            }
            java.nio.ByteBuffer slice = buffer.slice(buffer.position(), n).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            buffer.position(buffer.position() + n);
            return slice;
        }
    }

    /**
     * The entry {@code old} of a zip written by this class, taken as it is stored if it holds exactly
     * {@code bytes} (its data inflated and compared), so that the file need not be deflated again;
     * null if it holds anything else. Thread-safe (positional reads).
     */
    static Deflated kept(Stored old, byte[] bytes, java.nio.channels.FileChannel zip) {
        if (old.size() != bytes.length || old.compressed() > Integer.MAX_VALUE) {
            return null;
        }
        CRC32 crc = new CRC32();
        crc.update(bytes);
        if (crc.getValue() != old.crc()) {
            return null;
        }
        java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
        try {
            java.nio.ByteBuffer header = read(zip, old.header(), 30);
            if (header.getInt(0) != LOCAL) {
                return null;
            }
            long data = old.header() + 30 + (header.getShort(26) & 0xFFFF) + (header.getShort(28) & 0xFFFF);
            byte[] stored = new byte[(int) old.compressed()];
            read(zip, data, stored.length).get(stored);
            inflater.setInput(stored);
            byte[] inflated = new byte[bytes.length + 1];
            int n = 0;
            while (n < inflated.length && !inflater.finished()) {
                int got = inflater.inflate(inflated, n, inflated.length - n);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += got;
            }
            boolean same = inflater.finished() && n == bytes.length
                    && java.util.Arrays.equals(inflated, 0, n, bytes, 0, bytes.length);
            return same ? new Deflated(stored, stored.length, old.crc(), bytes.length) : null;
        } catch (IOException | java.util.zip.DataFormatException | RuntimeException e) {
            return null;
        } finally {
            inflater.end();
        }
    }

    private static java.nio.ByteBuffer read(java.nio.channels.FileChannel zip, long at, int length) throws IOException {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (zip.read(b, at + b.position()) < 0) {
                throw new java.io.EOFException("the zip ends early");
            }
        }
        return b.flip();
    }

    /**
     * What this class's deflater makes of a fixed text, as a SHA-256: another compression level or
     * another zlib changes it. An entry kept from an earlier zip is what deflating its file gives
     * now only if the earlier zip was written with the same fingerprint.
     */
    static String fingerprint() {
        StringBuilder text = new StringBuilder();
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < 4000; i++) {
            text.append(i % 7 == 0 ? "\n" : " ").append(Integer.toString(random.nextInt(5000), 36));
        }
        java.util.Queue<Deflater> deflaters = new java.util.ArrayDeque<>();
        Deflated d = deflate(text.toString().getBytes(StandardCharsets.UTF_8), deflaters);
        deflaters.forEach(Deflater::end);
        return org.edition.internal.Sha256.hex(java.util.Arrays.copyOf(d.data(), d.length()));
    }

    /** The local header of an entry (sizes and checksum follow its data); returns where it begins. */
    private long localHeader(byte[] nameBytes) throws IOException {
        long offset = out.count;
        out.int32(LOCAL);
        out.int16(20);
        out.int16(FLAGS);
        out.int16(DEFLATED);
        out.int16(dosTime);
        out.int16(dosDate);
        out.int32(0); // checksum and sizes: in the descriptor
        out.int32(0);
        out.int32(0);
        out.int16(nameBytes.length);
        out.int16(0);
        out.write(nameBytes);
        return offset;
    }

    /** The data descriptor after an entry's data, and the entry's record in the central directory. */
    private void trailer(byte[] nameBytes, long offset, long crc, long compressed, long size) throws IOException {
        out.int32(DESCRIPTOR);
        out.int32((int) crc);
        out.int32((int) compressed);
        out.int32((int) size);

        boolean far = offset > MAX_32; // past 4 GB: the offset goes in a Zip64 field
        directory.int32(CENTRAL);
        directory.int16(far ? 45 : 20); // made by (MS-DOS attributes)
        directory.int16(far ? 45 : 20); // needed to extract
        directory.int16(FLAGS);
        directory.int16(DEFLATED);
        directory.int16(dosTime);
        directory.int16(dosDate);
        directory.int32((int) crc);
        directory.int32((int) compressed);
        directory.int32((int) size);
        directory.int16(nameBytes.length);
        directory.int16(far ? 12 : 0);
        directory.int16(0); // comment
        directory.int16(0); // disk
        directory.int16(0); // internal attributes
        directory.int32(0); // external attributes
        directory.int32((int) (far ? MAX_32 : offset));
        directory.write(nameBytes);
        if (far) {
            directory.int16(1); // Zip64 extended information
            directory.int16(8);
            directory.int64(offset);
        }
        entries++;
    }

    /** Writes the central directory and its end; the target stream stays open. */
    @Override
    public void close() throws IOException {
        try {
            directory.close();
            long directoryStart = out.count;
            Files.copy(directoryFile, out);
            long directorySize = out.count - directoryStart;
            if (entries > 0xFFFF || directoryStart > MAX_32 || directorySize > MAX_32) {
                long zip64End = out.count;
                out.int32(ZIP64_END);
                out.int64(44); // the record's size after this field
                out.int16(45);
                out.int16(45);
                out.int32(0);
                out.int32(0);
                out.int64(entries);
                out.int64(entries);
                out.int64(directorySize);
                out.int64(directoryStart);
                out.int32(ZIP64_LOCATOR);
                out.int32(0);
                out.int64(zip64End);
                out.int32(1);
            }
            out.int32(END);
            out.int16(0);
            out.int16(0);
            out.int16((int) Math.min(entries, 0xFFFF));
            out.int16((int) Math.min(entries, 0xFFFF));
            out.int32((int) Math.min(directorySize, MAX_32));
            out.int32((int) Math.min(directoryStart, MAX_32));
            out.int16(0);
            out.flush();
        } finally {
            deflater.end();
            Files.deleteIfExists(directoryFile);
        }
    }

    /** Bytes written so far, counted, with the zip format's little-endian numbers (the zip and its directory). */
    private static final class Counting extends java.io.FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        void int16(int v) throws IOException {
            write(v & 0xFF);
            write(v >>> 8 & 0xFF);
        }

        void int32(int v) throws IOException {
            int16(v & 0xFFFF);
            int16(v >>> 16 & 0xFFFF);
        }

        void int64(long v) throws IOException {
            int32((int) v);
            int32((int) (v >>> 32));
        }
    }
}
