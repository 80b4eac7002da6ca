package org.commentary.site.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.commentary.site.FixtureCollection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;

/**
 * axe-core (the copy bundled with Deque's Selenium integration, injected into the page) with the WCAG 2.2 A
 * and AA rules finds no violations on each kind of page of the fixture collection (and on the articles with a
 * table and with footnotes), at phone and desktop width, in light and dark mode; the keyboard reaches
 * the skip link first, then the navigation, with a visible focus ring.
 */
class AccessibilityTest {

    private static Chromium browser;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start(FixtureCollection.site().root());
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** One page of each kind, and the articles with a table and with footnotes. */
    static final List<String> PAGES = List.of("index.html", "page/2.html",
        "articles/2024/grain-corridor-insurers.html", "articles/2023/gas-storage-arithmetic.html",
        "articles/2023/rice-reserves-late-rains.html", "regions/index.html", "themes/index.html",
        "authors/index.html", "sources/index.html", "regions/europe.html", "authors/emre-kilic.html",
        "sources/northgate-quarterly.html", "archive.html", "about.html", "search.html?q=energy");

    static List<String> pages() {
        return PAGES;
    }

    @ParameterizedTest
    @MethodSource("pages")
    void axeWithTheWcag22RulesFindsNoViolationsAtBothWidthsInBothSchemes(String page) {
        List<String> found = new ArrayList<>();
        try {
            for (int width : Axe.WIDTHS) {
                browser.viewport(width, width < 600 ? 780 : 900);
                for (String scheme : Axe.SCHEMES) {
                    Axe.scheme(browser.driver(), scheme);
                    open(page);
                    Results results = Axe.analyze(browser.driver());
                    describe(results.getViolations()).forEach(v -> found.add(width + " px, " + scheme + ": " + v));
                    assertTrue(results.getPasses().size() > 10, "axe really ran on " + page);
                }
            }
        } finally {
            Axe.resetScheme(browser.driver());
            browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        assertEquals(List.of(), found, page);
    }

    @Test
    void tabReachesTheSkipLinkFirstThenTheNavigationWithVisibleFocus() {
        open("articles/2024/grain-corridor-insurers.html");
        List<String> expected = new ArrayList<>(List.of("Skip to content", "The Commentary Ledger", "Latest", "Regions",
                "Themes", "Authors", "Sources", "Archive", "Search", "About"));
        for (String label : expected) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.driver().switchTo().activeElement();
            assertEquals(label, focused.getText().strip(), "focus order");
            assertFocusVisible(focused, label);
        }
    }

    @Test
    void theSkipLinkMovesOnToTheMainContent() {
        open("index.html");
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        Object insideMain = browser.script("return document.activeElement.closest('main') !== null");
        assertEquals(Boolean.TRUE, insideMain, "after the skip link, Tab lands inside <main>");
    }

    private static void assertFocusVisible(WebElement focused, String label) {
        @SuppressWarnings("unchecked")
        Map<String, Object> style = (Map<String, Object>) browser.script("var s = getComputedStyle(arguments[0]);"
                + " var r = arguments[0].getBoundingClientRect();"
                + " return {outline: s.outlineStyle, width: parseFloat(s.outlineWidth), top: r.top, left: r.left,"
                + " bottom: r.bottom, right: r.right, w: innerWidth, h: innerHeight};", focused);
        assertNotEquals("none", style.get("outline"), label + " has a focus outline");
        assertTrue(((Number) style.get("width")).doubleValue() >= 2, label + " focus outline is at least 2px");
        assertTrue(((Number) style.get("top")).doubleValue() >= 0 && ((Number) style.get("left")).doubleValue() >= 0
                && ((Number) style.get("right")).doubleValue() <= ((Number) style.get("w")).doubleValue(),
                label + " is on screen when focused: " + style);
    }

    private static void open(String page) {
        browser.open(page);
        if (page.startsWith("search.html")) {
            browser.waitUpTo(Duration.ofSeconds(30)).until(d -> "true".equals(
                    d.findElement(By.id("search-form")).getDomAttribute("data-ready")));
        }
    }

    /** Each violation on each element, one line each, for failure messages. */
    static List<String> describe(List<Rule> violations) {
        List<String> lines = new ArrayList<>();
        for (Rule rule : violations) {
            for (CheckedNode node : rule.getNodes()) {
                lines.add(rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at " + node.getTarget()
                        + " " + node.getHtml() + " (" + node.getFailureSummary() + ")");
            }
        }
        return lines;
    }
}
