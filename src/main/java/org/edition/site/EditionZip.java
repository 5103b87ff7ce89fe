package org.edition.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.List;
import org.edition.pipeline.OutputFiles;
import org.edition.pipeline.ReproducibleZip;
import org.edition.render.Stamps;

/**
 * The zip of the whole edition (its TEI, register and text views) on the site's downloads page,
 * made again only when a file in it changed or Edition did; and then its unchanged entries are
 * copied from the zip it replaces instead of compressed again, where that zip was written by the
 * same code and compression. Its records are kept in {@code <output>/.build/site/}.
 */
final class EditionZip {
    private EditionZip() {
    }

    /**
     * Writes {@code target} from {@code entries} (paths under {@code output}, sorted), unless it is
     * up to date; the entries written and kept, or null when nothing was written.
     */
    static ReproducibleZip.Written write(Path output, List<String> entries, Path target, int threads)
            throws IOException {
        String key = Stamps.key(entries, new AbstractList<Path>() {
            @Override
            public Path get(int i) {
                return output.resolve(entries.get(i));
            }

            @Override
            public int size() {
                return entries.size();
            }
        });
        Path stamp = output.resolve(".build").resolve("site").resolve("edition.zip.key");
        if (Stamps.fresh(stamp, key, target)) {
            return null;
        }
        // the bytes copied from the old zip are a fresh zip's only if the same code and compression wrote it
        Path madeBy = stamp.resolveSibling("edition.zip.made-by");
        String maker = Stamps.key(List.of("edition zip", ReproducibleZip.fingerprint()), List.of());
        boolean keep = Stamps.fresh(madeBy, maker, target);
        Files.deleteIfExists(madeBy);
        ReproducibleZip.Written w = ReproducibleZip.write(target, entries, output::resolve, ReproducibleZip.DEFAULT_TIME,
                threads, keep);
        OutputFiles.write(madeBy, maker);
        OutputFiles.write(stamp, key);
        return w;
    }
}
