package org.commentary.site.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import nu.validator.validation.SimpleDocumentValidator;

/**
 * Every HTML page of the baked site passes the Nu HTML Checker (the validator behind
 * validator.w3.org/nu) with no errors. The checker runs offline in this JVM, set up once and
 * reused for every page, as its own command-line client does; warnings are not counted.
 */
class HtmlValidityTest {

    private static Checker checker;

    @BeforeAll
    static void setUpChecker() throws Exception {
        checker = new Checker();
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        Path site = Chromium.site();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() > 20, "the baked site has its pages: " + pages.size());
        List<String> errors = new ArrayList<>();
        for (Path page : pages) {
            checker.errors(page).forEach(error -> errors.add(site.relativize(page) + ":" + error));
        }
        assertEquals(List.of(), errors, pages.size() + " pages checked; errors:\n" + String.join("\n", errors));
    }

    @Test
    void theCheckerReallyReportsErrors() throws Exception {
        Path broken = Files.createTempFile("broken", ".html");
        try {
            Files.writeString(broken, "<!DOCTYPE html><html lang=en><head><title>x</title></head>"
                    + "<body><p><div>block in paragraph</p><a href=\"x y\">bad URL</a><li>stray</li></body></html>");
            List<String> errors = checker.errors(broken);
            assertTrue(errors.size() >= 2, "the checker finds the errors in a broken page: " + errors);
        } finally {
            Files.delete(broken);
        }
    }

    /** The checker with a SAX error handler that keeps each page's errors as "line:column: message". */
    private static final class Checker implements ErrorHandler {
        private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc"; // bundled in the jar

        private final SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, true);
        private final List<String> errors = new ArrayList<>();

        Checker() throws Exception {
            validator.setUpMainSchema(SCHEMA, this);
            validator.setUpValidatorAndParsers(this, false, false);
        }

        List<String> errors(Path page) throws Exception {
            errors.clear();
            validator.checkHtmlFile(page.toFile(), true);
            return List.copyOf(errors);
        }

        @Override
        public void warning(SAXParseException e) {
            // Warnings (such as advice on optional attributes) are not failures.
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": fatal: " + e.getMessage());
        }
    }
}
