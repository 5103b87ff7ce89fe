package org.edition.validate;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.IncorrectSchemaException;
import com.thaiopensource.validate.Schema;
import com.thaiopensource.validate.SchemaReader;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.Validator;
import com.thaiopensource.validate.auto.AutoSchemaReader;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.edition.diag.Diagnostic;
import org.edition.diag.Severity;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * A RELAX NG schema (XML or compact syntax) compiled once and used for any number of documents
 * from any number of threads: the compiled {@link Schema} is immutable, and each thread gets its
 * own {@link Validator}, reset between documents (Jing caches per validator).
 */
public final class SchemaValidator {
    /** The project's own schema: exactly what Edition writes, stricter than tei_all. */
    public static final String PROJECT_SCHEMA = "/schema/edition.rnc";

    private static final SAXParserFactory PARSERS = newParserFactory();

    private final Schema schema;
    private final String name;
    private final ThreadLocal<Checker> checkers;

    private SchemaValidator(Schema schema, String name) {
        this.schema = schema;
        this.name = name;
        this.checkers = ThreadLocal.withInitial(Checker::new);
    }

    public static SchemaValidator project() {
        URL url = SchemaValidator.class.getResource(PROJECT_SCHEMA);
        if (url == null) {
            throw new IllegalStateException("the project schema " + PROJECT_SCHEMA + " is missing from the build");
        }
        return load(url.toExternalForm(), "the project schema");
    }

    public static SchemaValidator of(Path file) {
        return load(file.toUri().toString(), file.toString());
    }

    private static SchemaValidator load(String systemId, String name) {
        SchemaReader reader = systemId.endsWith(".rnc") ? CompactSchemaReader.getInstance() : new AutoSchemaReader();
        List<String> problems = new ArrayList<>();
        PropertyMapBuilder props = new PropertyMapBuilder();
        props.put(ValidateProperty.ERROR_HANDLER, collecting(problems));
        try {
            Schema schema = reader.createSchema(new InputSource(systemId), props.toPropertyMap());
            return new SchemaValidator(schema, name);
        } catch (IncorrectSchemaException e) {
            throw new SchemaException("schema " + name + " is not a valid RELAX NG schema: "
                    + String.join("; ", problems));
        } catch (IOException | SAXException e) {
            throw new SchemaException("cannot read schema " + name + ": " + e.getMessage());
        }
    }

    public String name() {
        return name;
    }

    /** Problems of one serialised document, each with its line and column in {@code xml}. */
    public List<Diagnostic> validate(String xml, String fileName) {
        return checkers.get().check(new InputSource(new StringReader(xml)), fileName);
    }

    /**
     * Validation of a document given as SAX events (as it is being written, without parsing it
     * back): feed {@link Session#handler()}, then read {@link Session#problems()}. One session at
     * a time per thread.
     */
    public Session session(String fileName) {
        Checker c = checkers.get();
        c.found.clear();
        c.validator.reset();
        return new Session(c, fileName);
    }

    /** One document's validation by events; positions are unknown, so problems carry none. */
    public final class Session {
        private final Checker checker;
        private final String fileName;

        private Session(Checker checker, String fileName) {
            this.checker = checker;
            this.fileName = fileName;
        }

        public org.xml.sax.ContentHandler handler() {
            return checker.validator.getContentHandler();
        }

        public List<Diagnostic> problems() {
            List<Diagnostic> out = new ArrayList<>();
            for (SAXParseException e : checker.found) {
                out.add(new Diagnostic(fileName, 0, 0, Severity.ERROR, "not valid against " + name + ": "
                        + e.getMessage(), "E030"));
            }
            return out;
        }
    }

    /** Problems of one file on disk. */
    public List<Diagnostic> validate(Path file) {
        return checkers.get().check(new InputSource(file.toUri().toString()), file.toString());
    }

    private final class Checker {
        private final List<SAXParseException> found = new ArrayList<>();
        private final Validator validator;
        private final XMLReader reader;

        Checker() {
            PropertyMapBuilder props = new PropertyMapBuilder();
            props.put(ValidateProperty.ERROR_HANDLER, collectingExceptions(found));
            validator = schema.createValidator(props.toPropertyMap());
            try {
                reader = PARSERS.newSAXParser().getXMLReader();
            } catch (ParserConfigurationException | SAXException e) {
                throw new IllegalStateException("no namespace-aware SAX parser", e);
            }
            reader.setContentHandler(validator.getContentHandler());
            reader.setDTDHandler(validator.getDTDHandler());
            reader.setErrorHandler(collectingExceptions(found));
        }

        List<Diagnostic> check(InputSource in, String fileName) {
            found.clear();
            validator.reset();
            try {
                reader.parse(in);
            } catch (SAXParseException e) {
                // already collected by the error handler
                if (found.isEmpty()) {
                    found.add(e);
                }
            } catch (SAXException | IOException e) {
                return List.of(new Diagnostic(fileName, 0, 0, Severity.ERROR, "cannot validate: " + e.getMessage(), "E031"));
            }
            List<Diagnostic> out = new ArrayList<>();
            for (SAXParseException e : found) {
                out.add(new Diagnostic(fileName, Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber()),
                        Severity.ERROR, "not valid against " + name + ": " + e.getMessage(), "E030"));
            }
            return out;
        }
    }

    private static ErrorHandler collecting(List<String> into) {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                into.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
    }

    private static ErrorHandler collectingExceptions(List<SAXParseException> into) {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                into.add(e);
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                into.add(e);
                throw e;
            }
        };
    }

    private static SAXParserFactory newParserFactory() {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        try {
            // no DTDs and no external entities in what we validate
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (ParserConfigurationException | SAXException e) {
            // a parser without the feature still validates
        }
        return f;
    }

    /** A schema that cannot be loaded: a configuration problem, reported without a stack trace. */
    public static final class SchemaException extends RuntimeException {
        public SchemaException(String message) {
            super(message);
        }
    }
}
