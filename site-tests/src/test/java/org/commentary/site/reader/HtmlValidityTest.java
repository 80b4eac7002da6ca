package org.commentary.site.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.commentary.site.FixtureCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every HTML page of the fixture collection's site passes the Nu HTML Checker with no errors (the real
 * site is held to the same rule by {@code CollectionRulesTest}), and the checker really reports errors.
 */
class HtmlValidityTest {

    private static NuHtmlChecker checker;

    @BeforeAll
    static void setUpChecker() throws Exception {
        checker = new NuHtmlChecker();
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        Path site = FixtureCollection.site().root();
        List<Path> pages = FixtureCollection.site().htmlPages().stream().map(site::resolve).toList();
        assertTrue(pages.size() > 20, "the baked site has its pages: " + pages.size());
        List<String> errors = checker.errors(site, pages);
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
}
