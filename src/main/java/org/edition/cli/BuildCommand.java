package org.edition.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import net.sf.saxon.s9api.XdmNode;
import org.edition.Version;
import org.edition.encode.Recognizers;
import org.edition.meta.Metadata;
import org.edition.pipeline.BatchRunner;
import org.edition.pipeline.ConversionCache;
import org.edition.pipeline.Converter;
import org.edition.render.RenderBatch;
import org.edition.render.Renderer;
import org.edition.render.Stamps;
import org.edition.render.XsltEngine;
import org.edition.site.SiteBuilder;
import org.edition.site.SiteSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code edition build}: the main job, {@code seeds/} to {@code output/}. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Build the edition: every seeds/*.txt to output/tei/*.xml, using seeds/edition.yaml and "
                + "the register seeds/register.xml;", "writes the whole register to output/tei/register.xml and "
                + "the names to review to output/register-review.txt;", "renders output/text/ and output/html/, "
                + "and the static site output/site/."})
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--seeds", paramLabel = "<dir>", defaultValue = "seeds", description = "input folder (default: ${DEFAULT-VALUE})")
    Path seeds;

    @Option(names = "--output", paramLabel = "<dir>", defaultValue = "output", description = "output folder (default: ${DEFAULT-VALUE})")
    Path output;

    @Option(names = "--lenient", description = "report unmatched or empty brackets as warnings and keep them as text")
    boolean lenient;

    @Option(names = "--threads", paramLabel = "<n>", description = "worker threads (default: one per core)")
    Integer threads;

    @Option(names = "--documents-per-page", paramLabel = "<n>", description = "documents listed on one page of the site (the home page, the chronology, an entry's "
                    + "mentions); more go on further pages (default: ${DEFAULT-VALUE})")
    int documentsPerPage = SiteSettings.DOCUMENTS_PER_PAGE;

    @Override
    public Integer call() {
        return build(spec.commandLine().getOut(), spec.commandLine().getErr(), new BuildSteps()) ? EditionCli.OK
                : EditionCli.FAILED;
    }

    /** The whole build, each step timed in {@code steps}; the benchmark runs it this way too. */
    boolean build(java.io.PrintWriter out, java.io.PrintWriter err, BuildSteps steps) {
        if (documentsPerPage < 1) {
            throw new UserException("--documents-per-page must be at least 1, not " + documentsPerPage, EditionCli.USAGE);
        }
        if (!Files.isDirectory(seeds)) {
            throw new UserException("no seeds folder at " + seeds.toAbsolutePath()
                    + "; run from the project folder or pass --seeds", EditionCli.FAILED);
        }
        Path config = seeds.resolve("edition.yaml");
        Path register = seeds.resolve("register.xml");
        List<Path> files = Setup.inputs(List.of(seeds), ".txt");
        Recognizers recognizers = Setup.recognizers(Files.exists(register) ? register : null, err);
        Metadata edition = Setup.config(Files.exists(config) ? config : null, err);
        // an input whose TEI is up to date is not converted again: its share of the register is replayed
        recognizers.names().keepContributions();
        Path convertStamps = output.resolve(".build").resolve("convert");
        ConversionCache cache = new ConversionCache(convertStamps, runKey(config, register), recognizers.names().run());
        BatchRunner runner = new BatchRunner(Setup.converter(recognizers, edition, lenient).withCache(cache),
                output.resolve("tei"), out, err, Setup.threads(threads), System.console() != null);
        boolean ok = steps.time("convert", () -> {
            boolean converted = runner.run(files).ok();
            out.printf("convert: %d of %d up to date (not converted)%n", cache.fresh(), files.size());
            retain(convertStamps, files.stream().map(f -> output.resolve("tei").resolve(Converter.outputNameFor(f))).toList());
            return converted;
        });
        steps.time("register", () -> {
            Setup.writeRegister(recognizers, output.resolve("tei").resolve("register.xml"),
                    output.resolve("register-review.txt"), out);
            return true;
        });
        XsltEngine engine = new XsltEngine();
        ok &= steps.time("render", () -> render(engine, out, err));
        ok &= steps.time("site", () -> site(engine, edition, out, err));
        return ok;
    }

    /**
     * What every conversion of this build depends on besides its own input: Edition's code, the
     * leniency, the edition's settings and the register (an edited entry changes every document's
     * names).
     */
    private String runKey(Path config, Path register) {
        try {
            return Stamps.key(List.of("conversion", lenient ? "lenient" : "strict"),
                    java.util.stream.Stream.of(config, register).filter(Files::isRegularFile).toList());
        } catch (java.io.IOException e) {
            throw new UserException("cannot read " + e.getMessage(), EditionCli.FAILED);
        }
    }

    /** The static site, output/site/, from the TEI and text editions just written. */
    private boolean site(XsltEngine engine, Metadata edition, java.io.PrintWriter out, java.io.PrintWriter err) {
        SiteSettings settings = new SiteSettings(edition.edition(), edition.description(), edition.publisher(),
                edition.url(), "Edition " + Version.NUMBER, documentsPerPage);
        try {
            return new SiteBuilder(engine, out, err, Setup.threads(threads)).build(output, settings);
        } catch (java.io.IOException e) {
            throw new UserException("cannot write the site: " + e.getMessage(), EditionCli.FAILED);
        }
    }

    private static void retain(Stamps stamps, List<Path> tei) {
        retain(stamps.dir(), tei);
    }

    /** Removes the stamps in {@code dir} of documents that are gone. */
    private static void retain(Path dir, List<Path> tei) {
        try {
            Stamps.retain(dir, tei);
        } catch (java.io.IOException e) {
            throw new UserException("cannot tidy " + e.getMessage(), EditionCli.FAILED);
        }
    }

    /** The text editions (three views) and, where its stylesheet exists, the HTML edition of every TEI file. */
    private boolean render(XsltEngine engine, java.io.PrintWriter out, java.io.PrintWriter err) {
        List<Path> tei = Setup.inputs(List.of(output.resolve("tei")), ".xml").stream()
                .filter(p -> !p.getFileName().toString().equals("register.xml")).toList();
        Renderer renderer = new Renderer(engine);
        RenderBatch batch = new RenderBatch(out, err, Setup.threads(threads));
        Path text = output.resolve("text");
        Path html = output.resolve("html");
        // a document whose TEI (and Edition itself) did not change since its editions were made is not rendered again
        Stamps textStamps = new Stamps(output.resolve(".build").resolve("text"));
        Stamps htmlStamps = new Stamps(output.resolve(".build").resolve("html"));
        boolean withHtml = engine.has(XsltEngine.HTML);
        Map<String, String> kinds = new java.util.LinkedHashMap<>(Map.of(".txt", "text"));
        if (withHtml) {
            kinds.put(".html", "html");
        }
        int failed = batch.run(tei, kinds, f -> {
            // one parse for both editions, and none when both are up to date
            XdmNode[] parsed = new XdmNode[1];
            java.util.function.Supplier<XdmNode> doc = () -> parsed[0] == null ? parsed[0] = engine.parse(f) : parsed[0];
            Renderer.Result r = textStamps.unlessFresh(f, Renderer.VIEWS.stream()
                    .map(v -> text.resolve(Renderer.fileName(f, v, ".txt"))).toList(), List.of("views", "width 0"),
                    g -> renderer.text(g, doc.get(), text, Renderer.VIEWS, 0));
            return !withHtml ? r : r.and(htmlStamps.unlessFresh(f,
                    List.of(html.resolve(Renderer.fileName(f, "bracketed", ".html"))), List.of("view bracketed"),
                    g -> renderer.html(g, doc.get(), html, "bracketed")));
        });
        if (withHtml) {
            out.printf("html: %d of %d up to date (not rendered)%n", htmlStamps.skipped(), tei.size());
            retain(htmlStamps, tei);
        }
        out.printf("text: %d of %d up to date (not rendered)%n", textStamps.skipped(), tei.size());
        retain(textStamps, tei);
        return failed == 0;
    }
}
