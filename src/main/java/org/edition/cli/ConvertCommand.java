package org.edition.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.edition.encode.Recognizers;
import org.edition.pipeline.BatchRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code edition convert}: plain text to TEI, one {@code <name>.xml} per input. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert plain-text translations (files or folders of .txt) to TEI, one <name>.xml each.")
final class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<file.txt|dir>", description = "inputs; a folder stands for its .txt files")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "<dir>", description = "folder for the TEI files (created if missing)")
    Path output;

    @Option(names = "--config", paramLabel = "<edition.yaml>", description = "edition-wide metadata defaults")
    Path config;

    @Option(names = "--register", paramLabel = "<register.xml>",
            description = "register of persons, places and organizations; the whole register and a review report are written to the output folder")
    Path register;

    @Option(names = "--no-names", description = "find no persons, places or organizations: the TEI has no persName, placeName, orgName or standOff")
    boolean noNames;

    @Option(names = "--lenient", description = "report unmatched or empty brackets as warnings and keep them as text")
    boolean lenient;

    @Option(names = "--threads", paramLabel = "<n>", description = "worker threads (default: one per core)")
    Integer threads;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        List<Path> files = Setup.inputs(inputs, ".txt");
        if (noNames && register != null) {
            throw new UserException("--no-names and --register exclude each other: a register is for finding names",
                    EditionCli.USAGE);
        }
        Recognizers recognizers = noNames ? Recognizers.withoutNames() : Setup.recognizers(register, err);
        BatchRunner runner = new BatchRunner(Setup.converter(recognizers, Setup.config(config, err), lenient), output,
                out, err, Setup.threads(threads), System.console() != null);
        boolean ok = runner.run(files).ok();
        if (register != null) {
            Setup.writeRegister(recognizers, output.resolve("register.xml"), output.resolve("register-review.txt"), out);
        }
        return ok ? EditionCli.OK : EditionCli.FAILED;
    }
}
