package org.edition.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.edition.render.XsltEngine;

/** Helpers for the lossless property: the bracketed text edition compared with the input. */
public final class Texts {
    private static XsltEngine engine;

    private Texts() {
    }

    /** One engine for the whole test run: the stylesheets are compiled once. */
    public static synchronized XsltEngine engine() {
        if (engine == null) {
            engine = new XsltEngine();
        }
        return engine;
    }

    /** Words, punctuation and brackets in order: every run of whitespace becomes one space. */
    public static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** The bracketed plain-text edition of a TEI document, as a reader would get it. */
    public static String bracketed(String tei) {
        return engine().text(engine().parse(tei), "bracketed");
    }

    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
