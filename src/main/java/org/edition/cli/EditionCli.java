package org.edition.cli;

import java.io.PrintWriter;
import org.edition.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code edition} command: subcommands only; each does one job and returns an exit code. */
@Command(name = "edition", mixinStandardHelpOptions = true, versionProvider = EditionCli.VersionProvider.class,
        description = "Turns plain-text translations of archival documents into TEI P5 editions.",
        subcommands = {BuildCommand.class, ConvertCommand.class, ValidateCommand.class, RenderCommand.class,
                RegisterCommand.class,
                PackageCommand.class,
                ServeCommand.class,
                BenchmarkCommand.class,
                CommandLine.HelpCommand.class})
public final class EditionCli implements Runnable {
    /** Exit codes: success, errors in the input or while processing, bad usage. */
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: build, convert, validate or benchmark");
    }

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the CLI with the given streams; the entry point for tests too. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        int code;
        try {
            code = run(out, err, args);
        } catch (OutOfMemoryError e) {
            // what the work held is garbage once the error has unwound it: there is room to say what to do
            err.println("edition: error: " + org.edition.internal.Failure.describe(e));
            code = FAILED;
        }
        out.flush();
        err.flush();
        return code;
    }

    private static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new EditionCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> USAGE);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            OutOfMemoryError oom = org.edition.internal.Failure.outOfMemory(e);
            if (oom != null) {
                throw oom; // reported by execute, with what to do
            }
            // a user never sees a stack trace: known problems are one line, anything else is a bug report line
            commandLine.getErr().println("edition: error: " + (e instanceof UserException ? e.getMessage()
                    : "internal error, please report: " + e));
            commandLine.getErr().flush();
            return e instanceof UserException u ? u.exitCode() : FAILED;
        });
        return cli.execute(args);
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Edition " + Version.NUMBER};
        }
    }
}
