package org.edition.meta;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edition.diag.Diagnostics;
import org.edition.diag.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a metadata file (YAML, safe constructor only: no types, no code). Problems are reported
 * against the YAML file with its line and column; an unreadable file is an error for the document,
 * an unknown key a warning (it is probably a typo). Stateless.
 */
public final class MetadataLoader {
    private static final Set<String> KEYS = Set.of("title", "type", "translator", "language", "publisher",
            "edition", "licence", "license", "licenceText", "keywords", "source", "description", "url");
    private static final Set<String> SOURCE_KEYS = Set.of("title", "publisher", "archive", "collection",
            "callNumber", "url", "date");

    /** Loads {@code file}; a missing file is {@link Metadata#EMPTY}. Reports into {@code diagnostics}. */
    public Metadata load(Path file, Diagnostics diagnostics) {
        if (!Files.exists(file)) {
            return Metadata.EMPTY;
        }
        String name = file.toString();
        Diagnostics own = diagnostics;
        Object root;
        try {
            String yaml = Files.readString(file, StandardCharsets.UTF_8);
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(new SafeConstructor(options)).load(yaml);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            report(own, name, mark == null ? SourcePosition.UNKNOWN
                    : new SourcePosition(mark.getLine() + 1, mark.getColumn() + 1), "E020",
                    "metadata is not valid YAML: " + e.getProblem());
            return Metadata.EMPTY;
        } catch (YAMLException | IOException e) {
            report(own, name, SourcePosition.UNKNOWN, "E020", "cannot read metadata: " + e.getMessage());
            return Metadata.EMPTY;
        }
        if (root == null) {
            return Metadata.EMPTY;
        }
        if (!(root instanceof Map<?, ?> map)) {
            report(own, name, new SourcePosition(1, 1), "E021", "metadata must be a mapping of keys to values");
            return Metadata.EMPTY;
        }
        Fields f = new Fields(map, own, name, KEYS);
        Map<?, ?> source = f.map("source");
        Fields s = new Fields(source, own, name, SOURCE_KEYS);
        String licence = f.text("licence");
        return new Metadata(f.text("title"), f.text("type"), f.text("translator"), f.text("language"),
                f.text("publisher"), f.text("edition"), licence != null ? licence : f.text("license"),
                f.text("licenceText"), f.list("keywords"),
                new Metadata.Source(s.text("title"), s.text("publisher"), s.text("archive"), s.text("collection"),
                        s.text("callNumber"), s.text("url"), s.text("date")),
                f.text("description"), f.text("url"));
    }

    private static void report(Diagnostics d, String file, SourcePosition at, String code, String message) {
        d.error(at, code, message + " (in " + file + ")");
    }

    /** Typed access to one YAML mapping, reporting wrong types and unknown keys. */
    private static final class Fields {
        private final Map<?, ?> map;
        private final Diagnostics diagnostics;
        private final String file;

        Fields(Map<?, ?> map, Diagnostics diagnostics, String file, Set<String> known) {
            this.map = map == null ? Map.of() : map;
            this.diagnostics = diagnostics;
            this.file = file;
            for (Object key : this.map.keySet()) {
                if (!known.contains(String.valueOf(key))) {
                    diagnostics.warning(SourcePosition.UNKNOWN, "W021", "unknown metadata key '" + key
                            + "' in " + file + " (ignored); known keys: " + String.join(", ", known.stream().sorted().toList()));
                }
            }
        }

        String text(String key) {
            Object v = map.get(key);
            if (v == null) {
                return null;
            }
            if (v instanceof Map || v instanceof List) {
                report(diagnostics, file, SourcePosition.UNKNOWN, "E021", "metadata key '" + key + "' must be text");
                return null;
            }
            String s = String.valueOf(v).strip();
            return s.isEmpty() ? null : s;
        }

        Map<?, ?> map(String key) {
            Object v = map.get(key);
            if (v == null) {
                return Map.of();
            }
            if (!(v instanceof Map<?, ?> m)) {
                report(diagnostics, file, SourcePosition.UNKNOWN, "E021", "metadata key '" + key + "' must be a mapping");
                return Map.of();
            }
            return m;
        }

        List<String> list(String key) {
            Object v = map.get(key);
            List<String> out = new ArrayList<>();
            if (v instanceof List<?> l) {
                l.forEach(x -> out.add(String.valueOf(x)));
            } else if (v != null) {
                out.add(String.valueOf(v));
            }
            return out;
        }
    }
}
