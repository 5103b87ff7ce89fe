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
