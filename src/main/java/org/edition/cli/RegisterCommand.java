package org.edition.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edition.diag.Diagnostics;
import org.edition.encode.Recognizers;
import org.edition.meta.Metadata;
import org.edition.names.RegisterEntry;
import org.edition.names.RunRegister;
import org.edition.pipeline.Converter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code edition register}: shows the register with how often each entry is mentioned in the
 * seeds, and checks it: a name form shared by two entries, entries never mentioned, and
 * {@code @ref}s in the built TEI that point to no entry.
 */
@Command(name = "register", mixinStandardHelpOptions = true,
        description = "Show and check the register: mentions per entry in seeds/, name forms shared by two entries, "
                + "entries never mentioned, and @ref values in output/tei/ that resolve to nothing.")
final class RegisterCommand implements Callable<Integer> {
    private static final Pattern REF = Pattern.compile("\\bref=\"#([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\\bxml:id=\"([^\"]+)\"");

    @Spec
    CommandSpec spec;

    @Option(names = "--seeds", paramLabel = "<dir>", defaultValue = "seeds", description = "input folder (default: ${DEFAULT-VALUE})")
    Path seeds;

    @Option(names = "--register", paramLabel = "<register.xml>", description = "register (default: <seeds>/register.xml)")
    Path registerFile;

    @Option(names = "--tei", paramLabel = "<dir>", defaultValue = "output/tei", description = "built TEI to check for unresolved @ref (default: ${DEFAULT-VALUE})")
    Path tei;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Path file = registerFile != null ? registerFile : seeds.resolve("register.xml");
        if (!Files.exists(file)) {
            throw new UserException("no register at " + file + "; pass --register", EditionCli.FAILED);
        }
        Recognizers recognizers = Setup.recognizers(file, err);
        Converter converter = new Converter(recognizers, null, Metadata.EMPTY, true);
        for (Path input : Setup.inputs(List.of(seeds), ".txt")) {
            converter.convert(input, Files.readAllBytes(input), Metadata.EMPTY, new Diagnostics(input.toString()));
        }
        RunRegister run = recognizers.names().run();
        Map<String, Long> counts = run.counts();
        int problems = 0;
        out.printf("%-32s %-7s %8s  %s%n", "id", "type", "mentions", "name");
        List<RegisterEntry> all = new ArrayList<>(recognizers.names().register().entries());
        all.addAll(run.unreviewed());
        for (RegisterEntry e : all) {
            out.printf("%-32s %-7s %8d  %s%s%n", e.id(), e.type().name().toLowerCase(java.util.Locale.ROOT),
                    counts.getOrDefault(e.id(), 0L), e.preferredName(), e.unreviewed() ? "  (unreviewed)" : "");
        }
        var register = recognizers.names().register();
        for (String name : new java.util.TreeSet<>(register.names())) {
            List<RegisterEntry> owners = register.byName(name);
            if (owners.size() > 1) {
                err.println(file + ": warning: the name \"" + name + "\" belongs to "
                        + String.join(" and ", owners.stream().map(RegisterEntry::id).toList())
                        + "; it is linked to the first [W042]");
            }
        }
        for (RegisterEntry e : register.entries()) {
            if (!counts.containsKey(e.id())) {
                err.println(file + ": warning: " + e.id() + " (" + e.preferredName() + ") is mentioned in no document [W043]");
            }
        }
        if (Files.isDirectory(tei)) {
            for (Path doc : Setup.inputs(List.of(tei), ".xml")) {
                String xml = Files.readString(doc);
                java.util.Set<String> ids = new java.util.HashSet<>();
                Matcher id = ID.matcher(xml);
                while (id.find()) {
                    ids.add(id.group(1));
                }
                Matcher ref = REF.matcher(xml);
                while (ref.find()) {
                    if (!ids.contains(ref.group(1))) {
                        err.println(doc + ": error: @ref=\"#" + ref.group(1) + "\" points to no entry in this file [E044]");
                        problems++;
                    }
                }
            }
        }
        out.printf("%d entries (%d unreviewed), %d mentions in %s, %d unresolved reference(s)%n", all.size(),
                run.unreviewed().size(), counts.values().stream().mapToLong(Long::longValue).sum(), seeds, problems);
        return problems == 0 ? EditionCli.OK : EditionCli.FAILED;
    }
}
