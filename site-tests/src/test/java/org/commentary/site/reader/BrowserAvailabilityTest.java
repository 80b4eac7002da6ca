package org.commentary.site.reader;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A missing browser never lets browser tests pass silently. */
class BrowserAvailabilityTest {

    private static final String NOWHERE = "/nonexistent/chromium";
    private static final Path NO_SITE = Path.of("/nonexistent/site");

    @Test
    void missingBrowserFailsWhenABrowserIsRequired() {
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> Chromium.start(NO_SITE,
                Map.of("CHROME_BIN", NOWHERE, "REQUIRE_BROWSER", "true"), new PrintStream(warnings, true, UTF_8)));
        assertTrue(failure.getMessage().contains(NOWHERE), failure.getMessage());
    }

    @Test
    void missingBrowserSkipsWithAReasonOtherwise() {
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        TestAbortedException skipped = assertThrows(TestAbortedException.class, () -> Chromium.start(NO_SITE,
                Map.of("CHROMEDRIVER_BIN", "/nonexistent/chromedriver"), new PrintStream(warnings, true, UTF_8)));
        assertTrue(skipped.getMessage().contains("chromedriver"), skipped.getMessage());
        assertTrue(warnings.toString(UTF_8).startsWith("WARNING: No browser for the browser tests"),
                "a loud warning line: " + warnings.toString(UTF_8));
    }
}
