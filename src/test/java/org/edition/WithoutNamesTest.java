package org.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.StringReader;
import java.util.List;
import org.edition.diag.Diagnostics;
import org.edition.encode.Recognizers;
import org.edition.meta.MetadataLoader;
import org.edition.pipeline.Conversion;
import org.edition.pipeline.Converter;
import org.edition.validate.SchemaValidator;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.filter.Filters;
import org.jdom2.input.SAXBuilder;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Name recognition only adds: a document converted without it is the document converted with it,
 * less its name elements and its standOff (in the header, the place it was sent from less its link), and with each gloss of a name (supplied reason="gloss",
 * which only a name found before it makes) a clarification again. Among other things this holds the
 * closer, which is encoded twice when names are found (once for the header's facts) and once when
 * they are not.
 */
class WithoutNamesTest {
    private static final Converter WITHOUT = new Converter(Recognizers.withoutNames(), SchemaValidator.project(),
            org.edition.meta.Metadata.EMPTY, false);

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.edition.GoldenCasesTest#cases")
    void isTheDocumentWithNamesLessItsNames(String name) throws IOException {
        Path dir = GoldenCasesTest.CASES.resolve(name);
        Diagnostics diagnostics = new Diagnostics(name + ".txt");
        var meta = new MetadataLoader().load(dir.resolve("input.meta.yaml"), diagnostics);
        Conversion without = WITHOUT.convert(Path.of(name + ".txt"), Files.readAllBytes(dir.resolve("input.txt")), meta,
                diagnostics);
        Conversion with = GoldenCasesTest.convert(name);
        assertThat(without.ok()).isTrue();
        assertThat(text(parse(without.tei()))).isEqualTo(text(withoutNames(parse(with.tei()))));
    }

    /** The document less its standOff, each linked name replaced by its content. */
    private static Document withoutNames(Document tei) {
        Element root = tei.getRootElement();
        Element standOff = root.getChild("standOff", root.getNamespace());
        if (standOff != null) {
            int at = root.indexOf(standOff);
            root.removeContent(standOff);
            root.removeContent(at - 1); // the indentation before it
        }
        List<Element> names = new java.util.ArrayList<>();
        root.getDescendants(Filters.element()).forEach(names::add);
        for (Element name : names) {
            if (name.getName().equals("supplied") && "gloss".equals(name.getAttributeValue("reason"))) {
                name.setAttribute("reason", "clarification");
            }
            if (name.getAttribute("ref") != null && name.getName().matches("persName|placeName|orgName")) {
                if (name.getParentElement().getName().equals("correspAction")) {
                    name.removeAttribute("ref"); // where it was sent from stays a place in the header, unlinked
                    continue;
                }
                Element parent = name.getParentElement();
                parent.setContent(parent.indexOf(name), name.removeContent());
            }
        }
        return tei;
    }

    private static Document parse(String xml) {
        try {
            return new SAXBuilder().build(new StringReader(xml));
        } catch (JDOMException | IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String text(Document d) {
        return new XMLOutputter(Format.getRawFormat()).outputString(d);
    }
}
