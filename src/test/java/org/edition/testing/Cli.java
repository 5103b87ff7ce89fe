package org.edition.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.edition.cli.EditionCli;

/** Runs the command line in-process, as a user would, capturing what it prints. */
public final class Cli {
    private Cli() {
    }

    public record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EditionCli.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }
}
