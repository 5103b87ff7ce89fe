package org.edition.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.edition.diag.Diagnostic;
import org.edition.validate.SchemaValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code edition validate}: TEI files against the project schema or any RELAX NG schema. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate TEI files (or folders of .xml) against the project schema or another RELAX NG schema.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<file.xml|dir>", description = "TEI files; a folder stands for its .xml files")
    List<Path> inputs;

    @Option(names = "--schema", paramLabel = "<file.rng|file.rnc>",
            description = "RELAX NG schema, e.g. tei_all.rng (default: the project's own schema)")
    Path schemaFile;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        SchemaValidator schema = Setup.schema(schemaFile);
        List<Path> files = Setup.inputs(inputs, ".xml");
        int invalid = 0;
        for (Path f : files) {
            List<Diagnostic> problems = schema.validate(f);
            Setup.print(problems, err);
            out.println((problems.isEmpty() ? "valid    " : "INVALID  ") + f);
            if (!problems.isEmpty()) {
                invalid++;
            }
        }
        out.printf("%d file(s) checked against %s: %d valid, %d invalid%n", files.size(), schema.name(),
                files.size() - invalid, invalid);
        return invalid == 0 ? EditionCli.OK : EditionCli.FAILED;
    }
}
