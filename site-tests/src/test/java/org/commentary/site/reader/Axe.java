package org.commentary.site.reader;

import java.util.List;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * axe-core runs with the WCAG 2.0, 2.1 and 2.2 level A and AA rules (some, such as target size, run only
 * when asked for by tag) plus axe's best practices, and the colour schemes and widths every page is held to.
 */
final class Axe {

    /** The rule tags every accessibility check turns on. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
            "best-practice");

    /** Both values of {@code prefers-color-scheme}. */
    static final List<String> SCHEMES = List.of("light", "dark");

    /** Phone and desktop widths. */
    static final List<Integer> WIDTHS = List.of(Chromium.PHONE_WIDTH, Chromium.DESKTOP_WIDTH);

    private Axe() {
    }

    /** Runs axe on the page open in {@code driver}. */
    static Results analyze(ChromeDriver driver) {
        return new AxeBuilder().withTags(TAGS).analyze(driver);
    }

    /** Emulates {@code prefers-color-scheme: scheme} until {@link #resetScheme} (it survives navigation). */
    static void scheme(ChromeDriver driver, String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Back to the system's colour scheme. */
    static void resetScheme(ChromeDriver driver) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }
}
