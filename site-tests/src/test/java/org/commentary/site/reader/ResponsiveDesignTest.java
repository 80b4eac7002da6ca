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

    /**
     * Issue #16's typography at 360 px, measured in the browser: no line starts with a separator ("·", "/"),
     * no date is broken across lines, a footnote's back-link shares a line with its note's text, and a wide
     * table scrolls inside its own region instead of the page. Screenshots of the pages go with it.
     */
    @Test
    void atPhoneWidthNoLineStartsWithASeparatorDatesStayWholeAndBackLinksStayWithTheirNotes() {
        List<String> pages = List.of("index.html", ARTICLE, "articles/2023/rice-reserves-late-rains.html",
                "articles/2023/gas-storage-arithmetic.html", "regions/europe.html", "archive.html");
        browser.viewport(Chromium.PHONE_WIDTH, 780);
        for (String page : pages) {
            browser.open(page);
            @SuppressWarnings("unchecked")
            List<String> problems = (List<String>) browser.script(TYPOGRAPHY);
            assertEquals(List.of(), problems, page + " at " + Chromium.PHONE_WIDTH + " px");
            browser.screenshot(SHOTS.resolve("typography-" + page.replaceAll("[^a-z0-9]+", "-") + "-360.png"));
        }
        browser.open("articles/2023/gas-storage-arithmetic.html");
        @SuppressWarnings("unchecked")
        Map<String, Object> table = (Map<String, Object>) browser.script("var r = document.querySelector("
                + "'.table-scroll'); return {scroll: r.scrollWidth, client: r.clientWidth, page:"
                + " document.documentElement.scrollWidth, focusable: r.tabIndex, label: r.getAttribute('aria-label')};");
        assertTrue(((Number) table.get("page")).intValue() <= Chromium.PHONE_WIDTH, "the page does not scroll: " + table);
        assertEquals(0L, ((Number) table.get("focusable")).longValue(), "the table's region takes focus: " + table);
        assertTrue(String.valueOf(table.get("label")).startsWith("Table"), "the region is named: " + table);
    }

    // Every problem on the open page, as text: separators starting a line, dates on two lines, lone back-links.
    private static final String TYPOGRAPHY = String.join("\n",
            "var problems = [];",
            "function top(node, start, end) { var r = document.createRange(); r.setStart(node, start);",
            "  r.setEnd(node, end); var rects = r.getClientRects(); return rects.length ? rects[0].top : null; }",
            "var walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);",
            "var previous = null, node;",
            "while ((node = walker.nextNode())) {",
            "  if (node.parentElement.closest('.prose, [hidden]')) { continue; }",
            "  var text = node.data;",
            "  for (var i = 0; i < text.length; i++) {",
            "    var c = text.charAt(i);",
            "    if (/\\s/.test(c)) { continue; }",
            "    var here = top(node, i, i + 1);",
            "    if ((c === '\u00b7' || c === '/') && previous !== null && here !== null && here > previous + 2) {",
            "      problems.push('a line starts with \"' + c + '\" in: ' + node.parentElement.textContent.trim().slice(0, 80));",
            "    }",
            "    if (here !== null) { previous = here; }",
            "  }",
            "}",
            "document.querySelectorAll('main time').forEach(function (t) {",
            "  var r = document.createRange(); r.selectNodeContents(t);",
            "  var lines = new Set(Array.from(r.getClientRects()).map(function (x) { return Math.round(x.top); }));",
            "  if (lines.size > 1) { problems.push('date on ' + lines.size + ' lines: ' + t.textContent); }",
            "});",
            "document.querySelectorAll('main .footnote-backref').forEach(function (a) {",
            "  var p = a.parentElement; var r = document.createRange(); r.selectNodeContents(p);",
            "  r.setEndBefore(a); var rects = r.getClientRects(); var last = rects[rects.length - 1];",
            "  var own = a.getBoundingClientRect();",
            "  if (!last || Math.abs(last.top - own.top) > 4) { problems.push('back-link alone on a line: '",
            "    + p.textContent.trim().slice(0, 60)); }",
            "});",
            "return problems;");

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
