package org.edition.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the paths a user named into input files: a folder stands for its {@code .txt} files. */
public final class Inputs {
    private Inputs() {
    }

    /**
     * @throws IOException           if a folder cannot be listed
     * @throws IllegalArgumentException naming the first path that does not exist
     */
    public static List<Path> expand(List<Path> paths, String extension) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.list(p)) {
                    files.filter(f -> f.getFileName().toString().endsWith(extension) && Files.isRegularFile(f))
                            .sorted().forEach(out::add);
                }
            } else if (Files.exists(p)) {
                out.add(p);
            } else {
                throw new IllegalArgumentException(p.toString());
            }
        }
        return out;
    }
}
