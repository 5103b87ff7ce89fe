package org.edition.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.edition.diag.Diagnostic;
import org.edition.diag.Diagnostics;
import org.edition.encode.Recognizers;
import org.edition.meta.Metadata;
import org.edition.meta.MetadataLoader;
import org.edition.pipeline.Converter;
import org.edition.pipeline.Inputs;
import org.edition.pipeline.OutputFiles;
import org.edition.names.Register;
import org.edition.names.RegisterFiles;
import org.edition.names.RegisterReader;
import org.edition.names.RunRegister;
import org.edition.validate.SchemaValidator;

/** What the commands share: loading the edition config, building a converter, expanding inputs. */
final class Setup {
    private Setup() {
    }

    static Metadata config(Path file, java.io.PrintWriter err) {
        if (file == null) {
            return Metadata.EMPTY;
        }
        Diagnostics d = new Diagnostics(file.toString());
        Metadata m = new MetadataLoader().load(file, d);
        d.all().forEach(err::println);
        if (d.hasErrors()) {
            throw new UserException("the edition configuration " + file + " has errors; fix them and run again",
                    EditionCli.FAILED);
        }
        return m;
    }

    static Converter converter(Recognizers recognizers, Metadata defaults, boolean lenient) {
        return new Converter(recognizers, schema(null), defaults, lenient);
    }

    /** The recognizers of a run, with the names of the register at {@code file} (none if null or absent). */
    static Recognizers recognizers(Path file, java.io.PrintWriter err) {
        if (file == null) {
            return Recognizers.standard();
        }
        Diagnostics d = new Diagnostics(file.toString());
        Register register = new RegisterReader().read(file, d);
        d.all().forEach(err::println);
        if (d.hasErrors()) {
            throw new UserException("the register " + file + " has errors; fix them and run again", EditionCli.FAILED);
        }
        return Recognizers.standard(register);
    }

    /** The whole register and the review report of a run. */
    static void writeRegister(Recognizers recognizers, Path registerXml, Path review, java.io.PrintWriter out) {
        try {
            RunRegister run = recognizers.names().run();
            boolean a = OutputFiles.write(registerXml, RegisterFiles.registerXml(run));
            boolean b = OutputFiles.write(review, RegisterFiles.review(run, null));
            out.printf("register: %d entries, %d unreviewed -> %s (%s), review -> %s (%s)%n",
                    run.register().entries().size() + run.unreviewed().size(), run.unreviewed().size(), registerXml,
                    a ? "written" : "unchanged", review, b ? "written" : "unchanged");
        } catch (IOException e) {
            throw new UserException("cannot write the register: " + e.getMessage(), EditionCli.FAILED);
        }
    }

    static SchemaValidator schema(Path file) {
        try {
            return file == null ? SchemaValidator.project() : SchemaValidator.of(file);
        } catch (SchemaValidator.SchemaException e) {
            throw new UserException(e.getMessage(), EditionCli.USAGE);
        }
    }

    static List<Path> inputs(List<Path> paths, String extension) {
        try {
            List<Path> found = Inputs.expand(paths, extension);
            if (found.isEmpty()) {
                throw new UserException("no " + extension + " files in " + paths, EditionCli.FAILED);
            }
            return found;
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage() + ": no such file or folder", EditionCli.FAILED);
        } catch (IOException e) {
            throw new UserException("cannot list " + paths + ": " + e.getMessage(), EditionCli.FAILED);
        }
    }

    static int threads(Integer requested) {
        return requested != null ? requested : Runtime.getRuntime().availableProcessors();
    }

    static void print(List<Diagnostic> ds, java.io.PrintWriter err) {
        ds.forEach(err::println);
    }
}
