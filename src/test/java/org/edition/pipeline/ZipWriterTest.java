package org.edition.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edition's zips as the JDK's readers see them, both the directory-based one and the streaming one. */
class ZipWriterTest {
    private static final LocalDateTime TIME = LocalDateTime.of(2026, 3, 24, 13, 45, 10);

    @TempDir
    Path dir;

    @Test
    void everyEntryReadsBackWithItsNameBytesAndTime() throws IOException {
        Map<String, Path> files = new TreeMap<>();
        files.put("tei/doc.xml", Files.writeString(dir.resolve("a"), "<TEI>Pak Seong-cheol [Pak Song Chol]</TEI>"));
        files.put("text/Đồng Đăng.txt", Files.writeString(dir.resolve("b"), "Đồng Đăng, “quoted” …\n"));
        files.put("text/empty.txt", Files.writeString(dir.resolve("c"), ""));
        files.put("text/long.txt", Files.writeString(dir.resolve("d"), "the border ".repeat(50_000)));
        Path zip = dir.resolve("out/edition.zip");
        assertThat(ReproducibleZip.write(zip, files, TIME)).isTrue();

        try (ZipFile z = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            List<String> names = Collections.list(z.entries()).stream().map(ZipEntry::getName).toList();
            assertThat(names).containsExactlyElementsOf(files.keySet());
            for (var f : files.entrySet()) {
                ZipEntry e = z.getEntry(f.getKey());
                assertThat(e.getTimeLocal()).isEqualTo(TIME.withSecond(10));
                assertThat(e.getMethod()).isEqualTo(ZipEntry.DEFLATED);
                assertThat(e.getExtra()).isNull();
                try (InputStream in = z.getInputStream(e)) {
                    assertThat(in.readAllBytes()).as(f.getKey()).isEqualTo(Files.readAllBytes(f.getValue()));
                }
            }
        }
        // read as a stream too (sizes and checksum after the data)
        List<String> streamed = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(files.get(e.getName())));
                streamed.add(e.getName());
            }
        }
        assertThat(streamed).containsExactlyElementsOf(files.keySet());
        assertThat(ReproducibleZip.write(zip, files, TIME)).as("the same files: the same bytes, left alone").isFalse();
        try (var left = Files.list(zip.getParent())) {
            assertThat(left).as("no temporary file left").containsExactly(zip);
        }
    }

    @Test
    void moreEntriesThanAPlainZipCountsGetZip64Records() throws IOException {
        // 70,000 entries (an edition of some 17,500 documents), every one the same small file
        Path file = Files.writeString(dir.resolve("doc.txt"), "text");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 70_000; i++) {
            names.add(String.format("text/doc-%05d.txt", i));
        }
        Path zip = dir.resolve("big.zip");
        ReproducibleZip.write(zip, names, n -> file, TIME, 2);
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertThat(z.size()).isEqualTo(70_000);
            try (InputStream in = z.getInputStream(z.getEntry("text/doc-69999.txt"))) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("text");
            }
        }
        // its directory read back through the Zip64 records: every entry kept, the same bytes
        assertThat(ReproducibleZip.write(zip, names, n -> file, TIME, 2, true))
                .isEqualTo(new ReproducibleZip.Written(false, 70_000, 70_000));
    }

    @Test
    void entriesOfUnchangedFilesAreKeptFromTheEarlierZipAndTheBytesAreAFreshZips() throws IOException {
        Map<String, Path> files = new TreeMap<>();
        for (int i = 0; i < 60; i++) {
            files.put(String.format("text/doc-%02d.txt", i), Files.writeString(dir.resolve("f" + i),
                    ("Document " + i + ": the [North] Korean side. ").repeat(20 + i)));
        }
        Path zip = dir.resolve("out/edition.zip");
        assertThat(ReproducibleZip.write(zip, new ArrayList<>(files.keySet()), files::get, TIME, 2, true))
                .as("nothing there yet").isEqualTo(new ReproducibleZip.Written(true, 0, 60));
        // one file changed at the same length (another checksum), one at another length, one gone, two new
        Path seven = files.get("text/doc-07.txt");
        Files.writeString(seven, Files.readString(seven).replace("North", "South"));
        Files.writeString(files.get("text/doc-08.txt"), "Shorter now.");
        files.remove("text/doc-09.txt");
        files.put("text/doc-60.txt", Files.writeString(dir.resolve("new"), "A new document."));
        files.put("text/doc-05b.txt", Files.writeString(dir.resolve("newer"), "Another, among the others."));
        List<String> names = new ArrayList<>(files.keySet());
        ReproducibleZip.Written again = ReproducibleZip.write(zip, names, files::get, TIME, 2, true);
        assertThat(again).isEqualTo(new ReproducibleZip.Written(true, 57, 61));
        Path fresh = dir.resolve("fresh.zip");
        assertThat(ReproducibleZip.write(fresh, names, files::get, TIME, 2, false).kept()).isZero();
        assertThat(Files.readAllBytes(zip)).isEqualTo(Files.readAllBytes(fresh));
    }

    @Test
    void nothingIsKeptFromAFileThatIsNoSuchZipNorFromDataThatDoesNotInflateToTheFile() throws IOException {
        Map<String, Path> files = new TreeMap<>();
        for (int i = 0; i < 10; i++) {
            files.put("text/doc-" + i + ".txt", Files.writeString(dir.resolve("f" + i), ("Hao [Deqing] " + i + ". ").repeat(40)));
        }
        List<String> names = new ArrayList<>(files.keySet());
        Path zip = dir.resolve("edition.zip");
        Files.writeString(zip, "not a zip at all, though named like one");
        assertThat(ReproducibleZip.write(zip, names, files::get, TIME, 2, true).kept()).isZero();
        Path fresh = dir.resolve("fresh.zip");
        ReproducibleZip.write(fresh, names, files::get, TIME, 2, false);
        assertThat(Files.readAllBytes(zip)).isEqualTo(Files.readAllBytes(fresh));

        // a byte of one entry's stored data flipped, its checksum in the directory left as it was
        byte[] bytes = Files.readAllBytes(zip);
        byte[] name = "text/doc-3.txt".getBytes(StandardCharsets.UTF_8);
        int at = indexOf(bytes, name) + name.length + 5; // the local header's name, then its data
        bytes[at] ^= 0x55;
        Files.write(zip, bytes);
        assertThat(ReproducibleZip.write(zip, names, files::get, TIME, 2, true)).isEqualTo(new ReproducibleZip.Written(true, 9, 10));
        assertThat(Files.readAllBytes(zip)).isEqualTo(Files.readAllBytes(fresh));
    }

    @Test
    void aFileWithTheSameSizeAndChecksumButOtherBytesIsCompressedAgain() throws IOException {
        byte[] before = "Please have Ambassador Hao [Deqing] meet with the Minister. ".repeat(30).getBytes(StandardCharsets.UTF_8);
        byte[] after = new String(before, StandardCharsets.UTF_8).replaceFirst("Minister", "Director").getBytes(StandardCharsets.UTF_8);
        forgeChecksum(after, checksum(before));
        assertThat(after).hasSameSizeAs(before).isNotEqualTo(before);
        assertThat(checksum(after)).isEqualTo(checksum(before));
        Path file = dir.resolve("doc.txt");
        Path zip = dir.resolve("edition.zip");
        Files.write(file, before);
        ReproducibleZip.write(zip, List.of("text/doc.txt"), n -> file, TIME, 1, true);
        Files.write(file, after);
        assertThat(ReproducibleZip.write(zip, List.of("text/doc.txt"), n -> file, TIME, 1, true).kept()).isZero();
        try (ZipFile z = new ZipFile(zip.toFile()); InputStream in = z.getInputStream(z.getEntry("text/doc.txt"))) {
            assertThat(in.readAllBytes()).isEqualTo(after);
        }
    }

    private static long checksum(byte[] b) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(b);
        return crc.getValue();
    }

    /** Sets the last four bytes of {@code b} so that its CRC-32 is {@code target} (CRC-32 is linear). */
    private static void forgeChecksum(byte[] b, long target) {
        long[] table = new long[256];
        int[] byTopByte = new int[256];
        for (int n = 0; n < 256; n++) {
            long c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320L ^ (c >>> 1) : c >>> 1;
            }
            table[n] = c;
            byTopByte[(int) (c >>> 24)] = n;
        }
        // the register after the last four bytes is made of the table entries they select alone
        long t = target ^ 0xFFFFFFFFL;
        int[] index = new int[4];
        for (int k = 3; k >= 0; k--) {
            index[k] = byTopByte[(int) (t >>> (8 * k) & 0xFF)];
            t ^= table[index[k]] >>> (8 * (3 - k));
        }
        java.util.zip.CRC32 head = new java.util.zip.CRC32();
        head.update(b, 0, b.length - 4);
        long r = head.getValue() ^ 0xFFFFFFFFL;
        for (int k = 0; k < 4; k++) {
            b[b.length - 4 + k] = (byte) (index[k] ^ (r & 0xFF));
            r = (r >>> 8) ^ table[index[k]];
        }
    }

    private static int indexOf(byte[] in, byte[] what) {
        for (int i = 0; i + what.length <= in.length; i++) {
            if (java.util.Arrays.equals(in, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    @Test
    void theBytesAreTheSameOnAnyNumberOfThreadsAndForFilesTooLargeToDeflateInMemory() throws IOException {
        Map<String, Path> files = new TreeMap<>();
        for (int i = 0; i < 200; i++) {
            files.put(String.format("text/doc-%03d.txt", i), Files.writeString(dir.resolve("f" + i),
                    "Document " + i + ": the [North] Korean side, ".repeat(i * 7)));
        }
        // past the size a worker deflates in memory: streamed by the writing thread
        StringBuilder large = new StringBuilder();
        for (int i = 0; large.length() < 6_000_000; i++) {
            large.append("line ").append(i * 7919 % 100_003).append('\n');
        }
        files.put("tei/large.xml", Files.writeString(dir.resolve("large"), large));
        List<String> names = new ArrayList<>(files.keySet());
        Path one = dir.resolve("one.zip");
        Path two = dir.resolve("two.zip");
        Path four = dir.resolve("four.zip");
        ReproducibleZip.write(one, names, files::get, TIME, 1);
        ReproducibleZip.write(two, names, files::get, TIME, 2);
        ReproducibleZip.write(four, names, files::get, TIME, 4);
        assertThat(Files.readAllBytes(two)).isEqualTo(Files.readAllBytes(one));
        assertThat(Files.readAllBytes(four)).isEqualTo(Files.readAllBytes(one));
        try (ZipFile z = new ZipFile(two.toFile())) {
            assertThat(z.size()).isEqualTo(201);
            for (var f : files.entrySet()) {
                try (InputStream in = z.getInputStream(z.getEntry(f.getKey()))) {
                    assertThat(in.readAllBytes()).as(f.getKey()).isEqualTo(Files.readAllBytes(f.getValue()));
                }
            }
        }
    }

    @Test
    void aFileThatCannotBeReadLeavesNoZipBehind() throws IOException {
        Path present = Files.writeString(dir.resolve("present.txt"), "text");
        Path zip = dir.resolve("out/edition.zip");
        List<String> names = List.of("a.txt", "b.txt", "c.txt");
        java.util.function.Function<String, Path> file = n -> n.equals("b.txt") ? dir.resolve("missing.txt") : present;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReproducibleZip.write(zip, names, file, TIME, 2))
                .isInstanceOf(IOException.class).hasMessageContaining("missing.txt");
        try (var left = Files.list(zip.getParent())) {
            assertThat(left).as("neither the zip nor a temporary file").isEmpty();
        }
    }
}
