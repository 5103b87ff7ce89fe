package org.edition.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.edition.render.RenderBatch;
import org.edition.render.Renderer;
import org.edition.render.XsltEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code edition render}: TEI to plain-text or HTML editions with the stylesheets of xslt/. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render TEI files (or folders of .xml) as plain-text or HTML editions.")
final class RenderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<tei.xml|dir>", description = "TEI files; a folder stands for its .xml files (register.xml is skipped)")
    List<Path> inputs;

    @Option(names = "--format", required = true, paramLabel = "text|html", description = "text or html")
    String format;

    @Option(names = "--view", split = ",", paramLabel = "<view>", defaultValue = "bracketed",
            description = "bracketed (the translation as written), reading or diplomatic; several with commas (default: ${DEFAULT-VALUE})")
    List<String> views;

    @Option(names = "--width", defaultValue = "0", description = "wrap text lines at this width; 0 = no wrapping (default: ${DEFAULT-VALUE})")
    int width;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "<dir>", description = "folder for the editions")
    Path output;

    @Option(names = "--threads", paramLabel = "<n>", description = "worker threads (default: one per core)")
    Integer threads;

    @Override
    public Integer call() {
        for (String v : views) {
            if (!Renderer.VIEWS.contains(v)) {
                throw new UserException("unknown view '" + v + "'; use bracketed, reading or diplomatic", EditionCli.USAGE);
            }
        }
        if (!format.equals("text") && !format.equals("html")) {
            throw new UserException("unknown format '" + format + "'; use text or html", EditionCli.USAGE);
        }
        List<Path> files = Setup.inputs(inputs, ".xml").stream()
                .filter(p -> !p.getFileName().toString().equals("register.xml")).toList();
        Renderer renderer = new Renderer(new XsltEngine());
        RenderBatch batch = new RenderBatch(spec.commandLine().getOut(), spec.commandLine().getErr(), Setup.threads(threads));
        int failed = format.equals("text")
                ? batch.run(files, "text", f -> renderer.text(f, output, views, width))
                : batch.run(files, "html", f -> renderer.html(f, output, views.get(0)));
        return failed == 0 ? EditionCli.OK : EditionCli.FAILED;
    }
}
