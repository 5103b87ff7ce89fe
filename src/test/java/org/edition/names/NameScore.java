package org.edition.names;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edition.diag.Diagnostics;
import org.edition.encode.Recognizers;
import org.edition.meta.Metadata;
import org.edition.pipeline.Conversion;
import org.edition.pipeline.Converter;
import org.edition.validate.SchemaValidator;

/**
 * Precision and recall of name recognition against a gold list (line, surface as printed with its
 * brackets, type): a predicted mention counts when line, surface and type are all exactly right.
 */
final class NameScore {
    int truePositives;
    int predicted;
    int gold;
    final List<String> missed = new ArrayList<>();
    final List<String> spurious = new ArrayList<>();

    double precision() {
        return predicted == 0 ? 1 : (double) truePositives / predicted;
    }

    double recall() {
        return gold == 0 ? 1 : (double) truePositives / gold;
    }

    @Override
    public String toString() {
        return String.format("precision %.3f (%d/%d), recall %.3f (%d/%d)", precision(), truePositives, predicted,
                recall(), truePositives, gold);
    }

    /** Converts {@code input} with {@code register} and scores its mentions against {@code goldFile}. */
    static NameScore of(Path input, Register register, Path goldFile, NameScore into) throws IOException {
        Recognizers recognizers = Recognizers.standard(register);
        recognizers.names().run().recordAll();
        Converter converter = new Converter(recognizers, SchemaValidator.project(), Metadata.EMPTY, false);
        Conversion c = converter.convert(input, Files.readAllBytes(input), Metadata.EMPTY,
                new Diagnostics(input.toString()));
        if (!c.ok()) {
            throw new AssertionError(c.diagnostics().toString());
        }
        Map<String, Integer> goldCounts = new HashMap<>();
        for (String line : Files.readAllLines(goldFile, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("line\t") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            goldCounts.merge(f[0] + "\t" + f[1] + "\t" + f[2], 1, Integer::sum);
            into.gold++;
        }
        for (Mention m : recognizers.names().run().mentions()) {
            String type = m.entryId().startsWith("pers-") ? "person" : m.entryId().startsWith("pl-") ? "place" : "org";
            String key = m.line() + "\t" + m.surface() + "\t" + type;
            into.predicted++;
            Integer left = goldCounts.get(key);
            if (left != null && left > 0) {
                goldCounts.put(key, left - 1);
                into.truePositives++;
            } else {
                into.spurious.add(input.getFileName() + ":" + key.replace('\t', ' '));
            }
        }
        goldCounts.forEach((k, n) -> {
            for (int i = 0; i < n; i++) {
                into.missed.add(input.getFileName() + ":" + k.replace('\t', ' '));
            }
        });
        return into;
    }
}
