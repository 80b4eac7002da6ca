package org.commentary.site.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.commentary.site.FixtureCollection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The design at phone and desktop widths, in dark mode and in print, on the fixture collection. Writes
 * screenshots of the home page, an article and a term page at 360 and 1280 pixels (and the article in dark mode and
 * as a printed PDF) to {@code site-tests/target/screenshots/} for reviewers.
 */
class ResponsiveDesignTest {

    static final Path SHOTS = Path.of("target", "screenshots").toAbsolutePath();
    private static final String ARTICLE = "articles/2024/grain-corridor-insurers.html";
    private static final Map<String, String> PAGES = Map.of("home", "index.html", "article", ARTICLE,
            "term", "regions/europe.html");

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

    @AfterEach
    void resetEmulation() {
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
    }

    @Test
    void phoneAndDesktopScreenshotsWithoutSidewaysScrolling() {
        for (int width : new int[] {Chromium.PHONE_WIDTH, Chromium.DESKTOP_WIDTH}) {
            for (Map.Entry<String, String> page : PAGES.entrySet()) {
                browser.viewport(width, width < 600 ? 780 : 900);
                browser.open(page.getValue());
                Number scrollWidth = (Number) browser.script("return document.documentElement.scrollWidth");
                assertTrue(scrollWidth.intValue() <= width,
                        page.getValue() + " fits " + width + " px without sideways scrolling: " + scrollWidth);
                browser.screenshot(SHOTS.resolve(page.getKey() + "-" + width + ".png"));
            }
        }
        assertTrue(Files.isRegularFile(SHOTS.resolve("article-360.png")));
    }

    @Test
    void bodyTextLinesHoldAboutSixtyToSeventyFiveCharacters() {
        browser.viewport(Chromium.DESKTOP_WIDTH, 900);
        browser.open(ARTICLE);
        // The column width over the average width of a character of the first paragraph, in its own font.
        Number perLine = (Number) browser.script("var p = document.querySelector('.article__body p');"
                + " var ctx = document.createElement('canvas').getContext('2d'); ctx.font = getComputedStyle(p).font;"
                + " var average = ctx.measureText(p.textContent).width / p.textContent.length;"
                + " return p.clientWidth / average;");
        assertTrue(perLine.doubleValue() >= 60 && perLine.doubleValue() <= 76,
                "characters per line of body text: " + perLine);
    }

    @Test
    void darkModeFollowsTheSystemSetting() {
        browser.viewport(Chromium.DESKTOP_WIDTH, 900);
        browser.open(ARTICLE);
        String light = background();
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        browser.open(ARTICLE);
        String dark = background();
        assertNotEquals(light, dark, "the page changes with prefers-color-scheme");
        browser.screenshot(SHOTS.resolve("article-dark-1280.png"));
    }

    @Test
    void printShowsTheArticleAndItsAttributionWithoutNavigation() throws IOException {
        browser.viewport(Chromium.DESKTOP_WIDTH, 900);
        browser.open(ARTICLE);
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        for (String hidden : List.of(".site-header", ".site-footer", ".skip-link", ".neighbours", ".related",
                ".more-by")) {
            assertEquals("none", display(hidden), hidden + " is not printed");
        }
        for (String shown : List.of(".article__title", ".article__body", "footer.attribution")) {
            assertNotEquals("none", display(shown), shown + " is printed");
        }
        Map<String, Object> pdf = browser.driver().executeCdpCommand("Page.printToPDF", Map.of("printBackground", true));
        Path file = SHOTS.resolve("article-print.pdf");
        Files.createDirectories(SHOTS);
        Files.write(file, Base64.getDecoder().decode((String) pdf.get("data")));
        assertTrue(Files.size(file) > 10_000, "a printed PDF");
    }

    private static String background() {
        return (String) browser.script("return getComputedStyle(document.body).backgroundColor");
    }

    private static String display(String selector) {
        return browser.driver().findElement(By.cssSelector(selector)).getCssValue("display");
    }
}
