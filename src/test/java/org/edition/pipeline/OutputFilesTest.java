package org.edition.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {
    @TempDir
    Path dir;

    @Test
    void aDownloadIsTheOutputFileItselfAndIsLeftAloneWhenItIsAlready() throws IOException {
        Path source = Files.writeString(dir.resolve("doc.xml"), "<TEI/>");
        Path target = dir.resolve("site/downloads/doc.xml");

        assertThat(OutputFiles.linkOrCopy(source, target)).isTrue();
        assertThat(target).hasContent("<TEI/>");
        assertThat(Files.isSameFile(source, target)).as("a hard link on this file system").isTrue();
        assertThat(OutputFiles.linkOrCopy(source, target)).as("a repeated build").isFalse();
        try (var left = Files.list(target.getParent())) {
            assertThat(left).as("no temporary file left").containsExactly(target);
        }
    }

    @Test
    void anOutputWrittenAgainIsLinkedAgainAndACopyWithTheSameBytesIsKept() throws IOException {
        Path source = Files.writeString(dir.resolve("doc.txt"), "old");
        Path target = dir.resolve("downloads/doc.txt");
        OutputFiles.linkOrCopy(source, target);
        // the build replaces an output by renaming a new file onto it: the link still has the old bytes
        OutputFiles.write(source, "new");
        assertThat(target).hasContent("old");
        assertThat(OutputFiles.linkOrCopy(source, target)).isTrue();
        assertThat(target).hasContent("new");

        Path copy = Files.writeString(dir.resolve("downloads/copy.txt"), "new");
        assertThat(OutputFiles.linkOrCopy(source, copy)).as("same bytes: not written").isFalse();
        assertThat(Files.isSameFile(source, copy)).isFalse();
    }

    @Test
    void aPendingFileIsPutInPlaceWhenFinishedAndNotWhenAbandoned() throws IOException {
        Path target = dir.resolve("site/places/pl-x.html");
        try (OutputFiles.Pending page = OutputFiles.Pending.open(target)) {
            page.stream().write("<p>one</p>".getBytes());
            assertThat(target).as("not before it is finished").doesNotExist();
            assertThat(page.finish()).isTrue();
        }
        assertThat(target).hasContent("<p>one</p>");
        try (OutputFiles.Pending page = OutputFiles.Pending.open(target)) {
            page.stream().write("<p>one</p>".getBytes());
            assertThat(page.finish()).as("same bytes").isFalse();
        }
        // a page its stylesheet never finished (the transformation failed): the last good one stays
        try (OutputFiles.Pending page = OutputFiles.Pending.open(target)) {
            page.stream().write("<p>half".getBytes());
        }
        assertThat(target).hasContent("<p>one</p>");
        try (var left = Files.list(target.getParent())) {
            assertThat(left).as("no temporary file left").containsExactly(target);
        }
    }

    @Test
    void aStreamedOutputIsPutInPlaceWholeOrNotAtAll() throws IOException {
        Path target = dir.resolve("site/index.html");
        assertThat(OutputFiles.write(target, out -> out.write("<p>1</p>".getBytes()))).isTrue();
        assertThat(OutputFiles.write(target, out -> out.write("<p>1</p>".getBytes()))).as("same bytes").isFalse();

        // a page that fails half-way leaves the last good one, and no temporary file
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OutputFiles.write(target, out -> {
            out.write("<p>half".getBytes());
            throw new IllegalStateException("rendering failed");
        })).hasMessage("rendering failed");
        assertThat(target).hasContent("<p>1</p>");
        try (var left = Files.list(target.getParent())) {
            assertThat(left).containsExactly(target);
        }
    }
}
