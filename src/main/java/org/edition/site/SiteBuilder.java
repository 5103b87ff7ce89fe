package org.edition.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.sf.saxon.s9api.XdmNode;
import org.edition.internal.Failure;
import org.edition.internal.Parallel;
import org.edition.pipeline.OutputFiles;
import org.edition.pipeline.ReproducibleZip;
import org.edition.render.RenderBatch;
import org.edition.render.Renderer;
import org.edition.render.Stamps;
import org.edition.render.XsltEngine;
import org.jdom2.Element;

/**
 * Builds the static site {@code <output>/site/} from a built edition ({@code <output>/tei/},
 * {@code <output>/text/}): a summary of every document (site-summary.xsl, on all cores), gathered
 * in date order into parts (the documents of one listing page each) and counted into the digest of
 * the edition, site.xml ({@link SiteSummary}); a page per document; the home page and chronology
 * (a page per part), indexes of persons,
 * places and organizations, the search page and its data, and the page about the edition (one
 * stylesheet per kind, each compiled once); the CSS and scripts (with lunr.js, copied from its
 * webjar); the downloads and the zip of the whole edition. Every file goes
 * through {@link OutputFiles} (unchanged files are left alone), and files of an earlier build that
 * this one did not make are removed, so the same inputs always give the same site. One builder per
 * run; not thread-safe.
 */
public final class SiteBuilder {
    /** Where the site's own files come from on the class path (shipped with the stylesheets). */
    private static final String CSS = "xslt/html/edition.css";
    private static final String SITE_CSS = "xslt/site/site.css";
    private static final String SITE_JS = "xslt/site/site.js";
    private static final String SEARCH_JS = "xslt/site/search.js";
    /** lunr.js from its webjar: the search index is built with it in the browser. */
    private static final String LUNR = "META-INF/resources/webjars/lunr/2.3.9/lunr.min.js";
    /** The index page of each kind of entry; the entries' pages go in the folder of the same name. */
    private static final Map<String, String> INDEX_FILES = Map.of("person", "persons.html", "place", "places.html",
            "organization", "organizations.html");
    private static final List<String> KINDS = List.of("person", "place", "organization");
    private static final String EMPTY_REGISTER = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>";

    private final XsltEngine engine;
    private final PrintWriter out;
    private final PrintWriter err;
    private final int threads;
    private final ProducedFiles produced = new ProducedFiles();
    private final AtomicInteger written = new AtomicInteger();
    /** While the pages over the edition are made: the files they go to and their warnings, for their record. */
    private volatile Recording recording;

    /** The lines of a record of pages (files relative to {@code root}, warnings), gathered on all cores. */
    private record Recording(Path root, List<String> lines) {
        void file(Path file) {
            lines.add("P\t" + root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/'));
        }

        void warning(String line) {
            lines.add("W\t" + line);
        }
    }

    public SiteBuilder(XsltEngine engine, PrintWriter out, PrintWriter err, int threads) {
        this.engine = engine;
        this.out = out;
        this.err = err;
        this.threads = Math.max(1, threads);
    }

    /** @return whether every page could be made */
    public boolean build(Path output, SiteSettings settings) throws IOException {
        long t0 = System.nanoTime();
        Path tei = output.resolve("tei");
        Path site = output.resolve("site");
        List<Path> documents = documents(tei);
        Path registerFile = tei.resolve("register.xml");
        XdmNode register = Files.exists(registerFile) ? engine.parse(registerFile) : engine.parse(EMPTY_REGISTER);

        Path cache = output.resolve(".build").resolve("site");
        KeptSummaries kept = new KeptSummaries(engine, cache.resolve("summaries"));
        Prepared prepared = prepare(documents, cache, kept, settings);
        long tSummaries = System.nanoTime();
        boolean ok = prepared.listed().size() == documents.size();
        List<Path> listed = prepared.listed();
        ok &= documentPages(documents, listed, prepared.neighbourhoods(), output, cache);
        long tPages = System.nanoTime();
        Stamps.retain(kept.folder(), documents);
        Path siteXml = prepared.siteXml();
        List<Path> parts = prepared.parts().byDate();
        List<Path> titleParts = prepared.parts().byTitle();
        Path mentions = prepared.mentions();
        List<MentionIndex.Filed> filed = prepared.filed();
        Map<String, List<Path>> shards = prepared.shards();
        prepared = null; // the briefs of the documents are done with
        ok &= shards(shards, kept, cache.resolve("shards"), settings, site);
        long tShards = System.nanoTime();
        // the pages over the whole edition are independent of each other: they too run on all cores,
        // first those made from site.xml, the digest of the edition (its tree held once for all of
        // them), and the listing pages, each from its part of the documents; then the pages of the
        // entries, a bucket of entries at a time (MentionIndex)
        // all made from the inputs of one key: when none changed, none is made again
        String overKey = overTheEditionKey(siteXml, parts, titleParts, mentions, registerFile, listed, settings);
        if (!overTheEditionFresh(cache, overKey, site)) {
            ok &= overTheEdition(site, siteXml, parts, titleParts, mentions, filed, register, listed, settings,
                    cache.resolve(OVER_THE_EDITION), overKey);
        }
        long tWhole = System.nanoTime();
        assets(site);
        downloads(output, listed, site.resolve("downloads"));
        long tDownloads = System.nanoTime();
        out.printf("site steps: summaries %.1f s, document pages %.1f s, search shards %.1f s, pages over the edition %.1f s, downloads %.1f s%n",
                (tSummaries - t0) / 1e9, (tPages - tSummaries) / 1e9, (tShards - tPages) / 1e9, (tWhole - tShards) / 1e9,
                (tDownloads - tWhole) / 1e9);
        int removed = removeStale(site);
        long bytes = size(site);
        out.printf("site: %d file(s), %d written, %d unchanged, %d removed, %.1f MB -> %s in %.1f s%n", produced.size(),
                written.get(), produced.size() - written.get(), removed, bytes / 1e6, site, (System.nanoTime() - t0) / 1e9);
        out.flush();
        return ok;
    }

    /** The page of each document, made again only where its HTML edition or its neighbours changed. */
    private boolean documentPages(List<Path> documents, List<Path> listed, java.util.function.Function<Path, String> neighbourhoods,
            Path output, Path cache) throws IOException {
        Path site = output.resolve("site");
        RenderBatch batch = new RenderBatch(out, err, threads);
        Stamps pages = new Stamps(cache.resolve("pages"));
        boolean ok = batch.run(listed, "site pages", f -> {
            Path target = site.resolve("documents").resolve(id(f) + ".html");
            produced.add(target);
            Path edition = output.resolve("html").resolve(Renderer.fileName(f, Renderer.VIEWS.get(0), ".html"));
            String neighbourhood = neighbourhoods.apply(f);
            return pages.unlessFresh(f, List.of(target), List.of("site page", neighbourhood),
                    g -> documentPage(g, neighbourhood, edition, target));
        }) == 0;
        out.printf("site pages: %d of %d up to date (not rendered)%n", pages.skipped(), listed.size());
        pages.retain(documents);
        return ok;
    }

    /**
     * The pages of site-names.xsl for each of the {@code kinds} of name, one {@code part} of them,
     * made from {@code source}, with the parameters {@code more}.
     */
    private static List<Page> namePages(Path site, XdmNode register, String part, Path source,
            java.util.Collection<String> kinds, SiteSettings settings, Map<String, Object> more) {
        return kinds.stream().filter(INDEX_FILES::containsKey).map(kind -> {
            Map<String, Object> params = new java.util.HashMap<>(more);
            params.putAll(Map.of("kind", kind, "register", register, "part", part, "per-page", settings.documentsPerPage()));
            return new Page(site.resolve(INDEX_FILES.get(kind)), XsltEngine.SITE_NAMES, params, source,
                    !"entries".equals(part));
        }).toList();
    }

    /**
     * The pages over the whole edition (home, chronology and title lists, indexes, the entries' pages,
     * search, about), made from the summary's parts and digest, the mentions filed by entry, the
     * register and the first document; recorded with the key of all of those, the files they went
     * to and their warnings, so that a build whose inputs are all the same does not make them again.
     *
     * @return whether every page could be made
     */
    private boolean overTheEdition(Path site, Path siteXml, List<Path> parts, List<Path> titleParts, Path mentions,
            List<MentionIndex.Filed> filed, XdmNode register, List<Path> listed, SiteSettings settings, Path record,
            String key) throws IOException {
        Files.deleteIfExists(record);
        Recording made = new Recording(site.toAbsolutePath().normalize(),
                java.util.Collections.synchronizedList(new ArrayList<>()));
        recording = made;
        boolean ok = true;
        try {
            XdmNode digest = engine.parse(siteXml);
            List<Page> overSummary = new ArrayList<>();
            for (int n = 1; n <= parts.size(); n++) {
                Map<String, Object> edition = Map.of("edition", digest, "page", n);
                overSummary.add(new Page(site.resolve(SiteSummary.homePage(n)), XsltEngine.SITE_HOME, edition, parts.get(n - 1)));
                overSummary.add(new Page(site.resolve(SiteSummary.chronologyPage(n)), XsltEngine.SITE_CHRONOLOGY, edition,
                        parts.get(n - 1)));
            }
            for (int n = 1; n <= titleParts.size(); n++) {
                overSummary.add(new Page(site.resolve(SiteSummary.titlesPage(n)), XsltEngine.SITE_HOME,
                        Map.of("edition", digest, "page", n, "order", "title"), titleParts.get(n - 1)));
            }
            // an index of names from the counts
            overSummary.addAll(namePages(site, register, "index", MentionIndex.entries(mentions), KINDS, settings, Map.of()));
            // the BEACON link dumps (beacon-<authority>.txt), only where the site's url is known
            overSummary.add(new Page(site.resolve("beacon.txt"), XsltEngine.SITE_BEACON, Map.of("register", register),
                    MentionIndex.entries(mentions), false));
            overSummary.add(new Page(site.resolve("search.html"), XsltEngine.SITE_SEARCH, Map.of("register", register), siteXml));
            overSummary.add(new Page(site.resolve("search-index.js"), XsltEngine.SITE_SEARCH_INDEX, Map.of(), siteXml));
            if (!listed.isEmpty()) {
                overSummary.add(new Page(site.resolve("about.html"), XsltEngine.SITE_ABOUT,
                        Map.of("tei", engine.parse(listed.get(0)), "register", register), siteXml));
            }
            ok &= pages(overSummary, Map.of(siteXml, digest));
            digest = null;
            List<Page> entries = new ArrayList<>();
            XdmNode counts = engine.parse(MentionIndex.entries(mentions));
            for (MentionIndex.Filed f : filed) {
                entries.addAll(namePages(site, register, "entries", f.file(), f.kinds(), settings,
                        Map.of("page", f.page(), "counts", counts)));
            }
            ok &= pages(entries, Map.of());
        } finally {
            recording = null;
        }
        if (ok) {
            Stamps.record(record, key, made.lines());
        }
        return ok;
    }

    /** The record of the pages over the edition, in {@code output/.build/site/}. */
    private static final String OVER_THE_EDITION = "pages-over-the-edition";

    /** What the pages over the edition are made from, as one key (with Edition's code). */
    private static String overTheEditionKey(Path siteXml, List<Path> parts, List<Path> titleParts, Path mentions,
            Path registerFile, List<Path> listed, SiteSettings settings) throws IOException {
        List<Path> inputs = new ArrayList<>();
        inputs.add(siteXml);
        inputs.addAll(parts);
        inputs.addAll(titleParts);
        try (Stream<Path> filed = Files.list(mentions)) {
            inputs.addAll(filed.filter(Files::isRegularFile).sorted().toList());
        }
        if (Files.exists(registerFile)) {
            inputs.add(registerFile);
        }
        if (!listed.isEmpty()) {
            inputs.add(listed.get(0)); // the about page's editorial declaration
        }
        return Stamps.key(List.of(OVER_THE_EDITION, String.valueOf(settings.documentsPerPage()),
                String.valueOf(parts.size()), String.valueOf(titleParts.size())), inputs);
    }

    /**
     * Whether the record of the pages over the edition has {@code key} and every file it lists is
     * there: then they count as made by this build, and their warnings are reported again.
     */
    private boolean overTheEditionFresh(Path cache, String key, Path site) throws IOException {
        List<String> lines = Stamps.recorded(cache.resolve(OVER_THE_EDITION), key);
        if (lines == null) {
            return false;
        }
        List<Path> files = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("P\t")) {
                Path f = site.resolve(line.substring(2));
                if (!Files.isRegularFile(f)) {
                    return false;
                }
                files.add(f);
            }
        }
        files.forEach(produced::add);
        lines.stream().filter(l -> l.startsWith("W\t")).forEach(l -> err.println(l.substring(2)));
        out.printf("pages over the edition: up to date (not made again)%n");
        return true;
    }

    /** A file the site build made; while the pages over the edition are made, recorded for them too. */
    private void produce(Path file) {
        produced.add(file);
        Recording r = recording;
        if (r != null) {
            r.file(file);
        }
    }

    /**
     * Makes pages over the whole edition on all cores: a page made from a file of {@code parsed}
     * shares its tree, any other parses its source.
     *
     * @return whether every page could be made
     */
    private boolean pages(List<Page> pages, Map<Path, XdmNode> parsed) {
        List<Integer> jobs = java.util.stream.IntStream.range(0, pages.size()).boxed().toList();
        List<Boolean> made = Parallel.map(jobs, threads, i -> {
            Page p = pages.get(i);
            XdmNode source = parsed.containsKey(p.source()) ? parsed.get(p.source()) : engine.parse(p.source());
            page(p.target(), p.stylesheet(), source, p.params(), p.principal());
            return true;
        }, (i, e) -> err.println(pages.get(i).name() + ": error: cannot make the page: " + Failure.describe(e) + " [E051]"));
        return !made.contains(null);
    }

    /**
     * A page over the whole edition: where it goes (beside it, the pages it writes with
     * xsl:result-document), its stylesheet and parameters, what it is made from (site.xml, a
     * part of the summary, or one of the files of {@link MentionIndex}), and whether the target
     * itself is written: not for the entries' pages of a bucket or the BEACON dumps, which are all
     * xsl:result-document.
     */
    private record Page(Path target, String stylesheet, Map<String, Object> params, Path source, boolean principal) {
        Page(Path target, String stylesheet, Map<String, Object> params, Path source) {
            this(target, stylesheet, params, source, true);
        }

        /** The page, or for pages written only with xsl:result-document their folder and source, as an error names it. */
        String name() {
            return principal ? target.toString()
                    : target.getParent() + "/ (" + stylesheet + " on " + source.getFileName() + ")";
        }
    }

    /**
     * What the pages are made from: the documents in date order, each one's neighbourhood (a summary
     * of it and its previous and next), and the summary of them all, written to {@code cache} in parts
     * with their digest, site.xml (each parsed from there when its pages are made, so that neither its
     * text nor the summaries stay in memory).
     */
    private record Prepared(List<Path> listed, java.util.function.Function<Path, String> neighbourhoods, Path siteXml,
            SiteSummary.Parts parts, Path mentions, List<MentionIndex.Filed> filed, Map<String, List<Path>> shards) {
    }

    private Prepared prepare(List<Path> documents, Path cache, KeptSummaries kept, SiteSettings settings)
            throws IOException {
        Map<Path, Brief> summaries = summaries(documents, kept);
        List<Brief> ordered = SiteSummary.order(summaries.values());
        Map<String, Path> files = new java.util.HashMap<>();
        summaries.forEach((f, b) -> files.put(b.id, f));
        List<Path> listed = ordered.stream().map(b -> files.get(b.id)).toList();
        // each page knows only its neighbours: its key, and with it whether it must be made again, depends on them alone
        // made when its page is, not kept for all (15 MB at 10,000 documents)
        Map<Path, Integer> position = new java.util.HashMap<>();
        for (int i = 0; i < listed.size(); i++) {
            position.put(listed.get(i), i);
        }
        java.util.function.Function<Path, String> neighbourhoods = f -> SiteSummary.xml(settings,
                SiteSummary.neighbourhood(ordered, position.get(f)));
        Map<String, List<Path>> shards = new LinkedHashMap<>();
        SiteSummary.shards(ordered).forEach((name, ids) -> shards.put(name, ids.stream().map(files::get).toList()));
        Path mentions = cache.resolve("mentions");
        SiteSummary.Parts parts;
        MentionIndex index = new MentionIndex(mentions, SiteSummary.start(settings), settings.documentsPerPage(),
                ordered.size());
        // the kept summaries are read and parsed ahead on all cores, then written and filed in order on this one
        try (index; Parallel.Ahead<Brief, Element> wholes = Parallel.ahead(ordered, threads,
                brief -> kept.withoutPassages(files.get(brief.id)))) {
            parts = SiteSummary.write(settings, ordered, brief -> {
                Element whole = next(wholes);
                if (!brief.id.equals(whole.getAttributeValue("id"))) {
                    throw new IllegalStateException("summary of " + whole.getAttributeValue("id") + " where " + brief.id + " was due");
                }
                index.file(whole);
                return whole;
            }, cache, settings.documentsPerPage());
        }
        removeStaleParts(cache, parts.byDate().size(), parts.byTitle().size());
        return new Prepared(listed, neighbourhoods, cache.resolve("site.xml"), parts, mentions, index.filed(), shards);
    }

    private static Element next(Parallel.Ahead<Brief, Element> wholes) throws IOException {
        try {
            return wholes.next();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The parts of an earlier build's summary beyond this one's (their pages are removed with the site's stale files). */
    private static void removeStaleParts(Path cache, int parts, int titleParts) throws IOException {
        for (int n = parts + 1; Files.exists(cache.resolve(SiteSummary.partFile(n))); n++) {
            Files.delete(cache.resolve(SiteSummary.partFile(n)));
        }
        for (int n = titleParts + 1; Files.exists(cache.resolve(SiteSummary.titlePartFile(n))); n++) {
            Files.delete(cache.resolve(SiteSummary.titlePartFile(n)));
        }
    }

    private static List<Path> documents(Path tei) throws IOException {
        if (!Files.isDirectory(tei)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(tei)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".xml"))
                    .filter(p -> !p.getFileName().toString().equals("register.xml")).sorted().toList();
        }
    }

    static String id(Path tei) {
        String n = tei.getFileName().toString();
        return n.substring(0, n.length() - ".xml".length());
    }

    /** The brief of each document's summary ({@link KeptSummaries}), in the order given; a document that fails is reported and left out. */
    private Map<Path, Brief> summaries(List<Path> documents, KeptSummaries kept) {
        List<Brief> made = Parallel.map(documents, threads, kept::brief, (f, e) -> err.println(f
                + ": error: cannot summarize for the site: " + Failure.describe(e) + " [E051]"));
        Map<Path, Brief> summaries = new LinkedHashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            if (made.get(i) != null) {
                summaries.put(documents.get(i), made.get(i));
            }
        }
        return summaries;
    }

    /**
     * The search shards, search/<name>.js: each made from the whole summaries (with passages) of its
     * documents, one shard at a time, on all cores.
     */
    private boolean shards(Map<String, List<Path>> shards, KeptSummaries kept, Path stamps, SiteSettings settings,
            Path site) throws IOException {
        List<String> names = new ArrayList<>(shards.keySet());
        List<Path> targets = names.stream().map(n -> site.resolve("search").resolve(n + ".js")).toList();
        String start = SiteSummary.start(settings);
        // a shard whose documents' summaries (and Edition) did not change is not made again: after one
        // document changed, only its shard is
        AtomicInteger fresh = new AtomicInteger();
        List<Boolean> made = Parallel.map(targets, threads, target -> {
            String name = names.get(targets.indexOf(target));
            String key = Stamps.key(List.of("search shard", name, start),
                    shards.get(name).stream().map(kept::file).toList());
            Path stamp = stamps.resolve(name);
            if (Stamps.fresh(stamp, key, target)) {
                produced.add(target);
                fresh.incrementAndGet();
                return true;
            }
            // the kept summaries' text put together as it is: a hundred of them parsed into JDOM, copied
            // and written out again took several times the memory
            StringBuilder summary = new StringBuilder(start);
            for (Path tei : shards.get(name)) {
                kept.appendWhole(tei, summary);
            }
            XdmNode input = engine.parse(summary.append("</site>\n").toString());
            XsltEngine.Results none = new XsltEngine.Results() {
                @Override
                public java.io.OutputStream open(String href) {
                    throw new IllegalStateException("site-search-shard.xsl wrote a second file: " + href);
                }

                @Override
                public void done(String href) {
                }
            };
            write(target, out -> engine.render(XsltEngine.SITE_SEARCH_SHARD, input, Map.of("name", name), none, out));
            OutputFiles.write(stamp, key);
            return true;
        }, (t, e) -> err.println(t + ": error: cannot make the search data: " + Failure.describe(e) + " [E051]"));
        out.printf("search shards: %d of %d up to date (not made again)%n", fresh.get(), names.size());
        Stamps.retain(stamps, names.stream().map(Path::of).toList());
        return !made.contains(null);
    }

    /**
     * A document's page: its HTML edition (output/html/, rendered by the build before the site) in
     * the site's layout. Where that page is missing or older than the TEI (its rendering failed, or
     * gave the same bytes and was left alone), the HTML edition is rendered here, in memory.
     */
    private Renderer.Result documentPage(Path tei, String neighbourhood, Path edition, Path target) throws IOException {
        XdmNode doc = engine.parse(tei);
        boolean current = Files.isRegularFile(edition)
                && Files.getLastModifiedTime(edition).compareTo(Files.getLastModifiedTime(tei)) >= 0;
        XdmNode html = current ? engine.parse(edition)
                : engine.parse(new Renderer(engine).html(doc, Renderer.VIEWS.get(0)).text());
        XsltEngine.Output page = engine.render(XsltEngine.SITE_DOCUMENT, doc,
                Map.of("id", id(tei), "site", engine.parse(neighbourhood), "edition", html));
        boolean changed = write(target, page.text().getBytes(StandardCharsets.UTF_8));
        return new Renderer.Result(tei, changed ? List.of(target) : List.of(), changed ? List.of() : List.of(target),
                page.messages());
    }

    /**
     * A page from one stylesheet over the summary; the pages it writes with xsl:result-document
     * (hrefs relative to it) are written as they come.
     */
    private void page(Path target, String stylesheet, XdmNode summary, Map<String, Object> params, boolean principal)
            throws IOException {
        Path dir = target.getParent();
        // each page the stylesheet writes goes straight to its file (an entry's page of 500 documents
        // is half a megabyte, held as text two or three times over while it was copied)
        Map<String, OutputFiles.Pending> pending = new java.util.HashMap<>();
        XsltEngine.Results results = new XsltEngine.Results() {
            @Override
            public java.io.OutputStream open(String href) throws IOException {
                Path file = dir.resolve(java.net.URI.create(href).getPath()).normalize();
                if (!file.startsWith(dir)) {
                    throw new IllegalStateException(stylesheet + " wrote outside the site: " + href);
                }
                produce(file);
                OutputFiles.Pending p = OutputFiles.Pending.open(file);
                pending.put(href, p);
                return p.stream();
            }

            @Override
            public void done(String href) throws IOException {
                counted(pending.remove(href).finish());
            }
        };
        List<String> messages = new ArrayList<>();
        try {
            if (principal) {
                // serialized straight to its file: the home page of 10,000 documents is 5 MB of HTML
                write(target, out -> messages.addAll(engine.render(stylesheet, summary, params, results, out).messages()));
            } else {
                messages.addAll(engine.render(stylesheet, summary, params, results).messages());
            }
        } finally {
            // a page left unfinished by a failure: its temporary file goes, the page stays as it was
            for (OutputFiles.Pending p : pending.values()) {
                p.close();
            }
        }
        for (String m : messages) {
            String line = target.getFileName() + ": warning: " + m.replaceFirst("^WARNING: ", "") + " [W050]";
            err.println(line);
            Recording r = recording;
            if (r != null) {
                r.warning(line);
            }
        }
    }

    /** One CSS file (the HTML edition's, then the site's), the scripts that sort the documents' table and search. */
    private void assets(Path site) throws IOException {
        String css = resource(CSS) + "\n" + resource(SITE_CSS);
        write(site.resolve("assets").resolve("edition.css"), css.getBytes(StandardCharsets.UTF_8));
        write(site.resolve("assets").resolve("site.js"), resource(SITE_JS).getBytes(StandardCharsets.UTF_8));
        write(site.resolve("assets").resolve("search.js"), resource(SEARCH_JS).getBytes(StandardCharsets.UTF_8));
        write(site.resolve("assets").resolve("lunr.min.js"), resource(LUNR).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Each document's TEI and plain text, the register, and the zip of all of them. The zip's entries
     * are named as their files under {@code output} (tei/..., text/...), so only the names are kept:
     * at 10,000 documents there are 40,000.
     */
    private void downloads(Path output, List<Path> documents, Path downloads) throws IOException {
        List<String> zip = new ArrayList<>();
        for (Path tei : documents) {
            copy(tei, downloads.resolve(id(tei) + ".xml"));
            zip.add("tei/" + id(tei) + ".xml");
            for (String suffix : List.of(".txt", ".reading.txt", ".diplomatic.txt")) {
                Path text = output.resolve("text").resolve(id(tei) + suffix);
                if (Files.exists(text)) {
                    copy(text, downloads.resolve(id(tei) + suffix));
                    zip.add("text/" + id(tei) + suffix);
                }
            }
        }
        Path register = output.resolve("tei").resolve("register.xml");
        if (Files.exists(register)) {
            copy(register, downloads.resolve("register.xml"));
            zip.add("tei/register.xml");
        }
        java.util.Collections.sort(zip);
        Path target = downloads.resolve("edition.zip");
        produced.add(target);
        ReproducibleZip.Written w = EditionZip.write(output, zip, target, threads);
        if (w != null) {
            counted(w.changed());
            out.printf("edition zip: %d of %d entries as they were (not compressed again)%n", w.kept(), w.entries());
        }
    }

    /** A download: the output file itself, linked where the file system allows (see OutputFiles.linkOrCopy). */
    private void copy(Path from, Path to) throws IOException {
        produced.add(to);
        if (OutputFiles.linkOrCopy(from, to)) {
            written.incrementAndGet();
        }
    }

    private boolean write(Path target, byte[] content) throws IOException {
        produce(target);
        return counted(OutputFiles.write(target, content));
    }

    private boolean write(Path target, OutputFiles.Writing content) throws IOException {
        produce(target);
        return counted(OutputFiles.write(target, content));
    }

    private boolean counted(boolean changed) {
        if (changed) {
            written.incrementAndGet();
        }
        return changed;
    }

    /** Removes the files an earlier build made that this one did not (a document since removed ...). */
    private int removeStale(Path site) throws IOException {
        List<Path> stale;
        try (Stream<Path> all = Files.walk(site)) {
            stale = all.filter(Files::isRegularFile).filter(p -> !produced.contains(p))
                    .toList();
        }
        for (Path p : stale) {
            Files.delete(p);
        }
        return stale.size();
    }

    private static long size(Path site) throws IOException {
        try (Stream<Path> all = Files.walk(site)) {
            return all.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SiteBuilder.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
