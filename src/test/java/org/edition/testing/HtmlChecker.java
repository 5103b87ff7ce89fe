package org.edition.testing;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import nu.validator.xml.SystemErrErrorHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker in-process, set up once for the test run (a few seconds) and then a few
 * milliseconds per page. Returns the errors of a page as "line:column: message".
 */
public final class HtmlChecker {
    private static HtmlChecker instance;

    private final SimpleDocumentValidator validator;
    private final List<String> errors = new ArrayList<>();

    private HtmlChecker() throws Exception {
        validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", new SystemErrErrorHandler());
        validator.setUpValidatorAndParsers(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        }, false, false);
    }

    public static synchronized List<String> errors(File html) throws Exception {
        if (instance == null) {
            instance = new HtmlChecker();
        }
        instance.errors.clear();
        instance.validator.checkHtmlFile(html, true);
        return new ArrayList<>(instance.errors);
    }
}
