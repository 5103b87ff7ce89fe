package org.edition.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.edition.diag.Diagnostics;
import org.edition.meta.Metadata;
import org.edition.pipeline.Conversion;
import org.edition.pipeline.Converter;

/** Converts small texts through the library API for unit tests that look at one part of the TEI. */
public final class Encode {
    private static final Converter CONVERTER = Converter.standard();

    private Encode() {
    }

    public static Conversion text(String text) {
        return CONVERTER.convert(Path.of("test.txt"), text.getBytes(StandardCharsets.UTF_8), Metadata.EMPTY,
                new Diagnostics("test.txt"));
    }

    /** The document's body div, serialised, with the TEI namespace declaration removed for brevity. */
    public static String body(String text) {
        Conversion c = text(text);
        if (!c.ok()) {
            throw new AssertionError("conversion failed: " + c.diagnostics());
        }
        String tei = c.tei();
        String div = tei.substring(tei.indexOf("<div"), tei.indexOf("</div>") + 6);
        return div;
    }

    /** The content of the first paragraph of a document made of {@code paragraph} between two others. */
    public static String paragraph(String paragraph) {
        String div = body("Opening paragraph of the test.\n\n" + paragraph + "\n\nClosing paragraph of the test.");
        int start = div.indexOf("<p>", div.indexOf("<p>") + 1) + 3;
        return div.substring(start, div.indexOf("</p>", start));
    }
}
