package org.commentary.site.reader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import nu.validator.validation.SimpleDocumentValidator;

/**
 * The Nu HTML Checker (the validator behind validator.w3.org/nu), run offline in this JVM: set up once and
 * reused for every page, as its own command-line client does. Warnings are not counted.
 */
public final class NuHtmlChecker {

    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc"; // bundled in the jar

    private final SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, true);
    private final Errors errors = new Errors();

    public NuHtmlChecker() throws Exception {
        validator.setUpMainSchema(SCHEMA, errors);
        validator.setUpValidatorAndParsers(errors, false, false);
    }

    /** The errors in one page, as "line:column: message"; empty when the page is valid. */
    public List<String> errors(Path page) throws Exception {
        errors.found.clear();
        validator.checkHtmlFile(page.toFile(), true);
        return List.copyOf(errors.found);
    }

    /** Every error of every page, as "page:line:column: message", pages given relative to {@code site}. */
    public List<String> errors(Path site, List<Path> pages) throws Exception {
        List<String> all = new ArrayList<>();
        for (Path page : pages) {
            errors(page).forEach(error -> all.add(site.relativize(page) + ":" + error));
        }
        return all;
    }

    /** A SAX error handler that keeps each page's errors. */
    private static final class Errors implements ErrorHandler {
        private final List<String> found = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
            // Warnings (such as advice on optional attributes) are not failures.
        }

        @Override
        public void error(SAXParseException e) {
            found.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            found.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": fatal: " + e.getMessage());
        }
    }
}
