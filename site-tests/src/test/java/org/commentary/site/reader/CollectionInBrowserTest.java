package org.commentary.site.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.commentary.site.ContentHeader;
import org.commentary.site.SiteUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

import com.deque.html.axecore.results.Results;

/**
 * The real site ({@code mvn package}'s target/site) in a real Chromium from {@code file://}: on one page of
 * each kind (home, an article, one with a table and one with footnotes where there are such, each taxonomy
 * index, a term page, archive, search, a standalone page) axe-core with the WCAG 2.2 A and AA rules finds no
 * violations, at phone and desktop width, in light and dark mode, and nothing is requested from anywhere but the disk. The pages
 * are found by the site's structure and the content headers, never by name, so the rules hold for any valid
 * collection.
 */
class CollectionInBrowserTest {

    private static Chromium browser;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start(SiteUnderTest.baked().root());
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** One page of each kind, as (kind, site path with an optional query). */
    static Stream<Arguments> onePageOfEachKind() {
        SiteUnderTest site = SiteUnderTest.baked();
        List<ContentHeader> published = ContentHeader.readAll(SiteUnderTest.sourceRoot().resolve("content")).stream()
                .filter(ContentHeader::isPublished).toList();
        ContentHeader article = published.stream().filter(ContentHeader::isArticle).findFirst()
                .orElseThrow(() -> new IllegalStateException("no published article under content/"));
        List<Arguments> pages = new ArrayList<>();
        pages.add(Arguments.of("home", "index.html"));
        pages.add(Arguments.of("article", article.outputPath()));
        // Articles whose bodies hold a table or footnotes, where the collection has them.
        List<String> articles = published.stream().filter(ContentHeader::isArticle).map(ContentHeader::outputPath)
                .toList();
        articles.stream().filter(path -> !site.page(path).select(".article__body table").isEmpty()).findFirst()
                .ifPresent(path -> pages.add(Arguments.of("article with a table", path)));
        articles.stream().filter(path -> !site.page(path).select(".article__body .footnotes, .article__body"
                + " #footnotes").isEmpty()).findFirst()
                .ifPresent(path -> pages.add(Arguments.of("article with footnotes", path)));
        // A translation and the version it names, where the collection has two language versions of a piece.
        published.stream().filter(header -> header.isArticle() && header.has("translation_of")).findFirst()
                .ifPresent(header -> {
                    pages.add(Arguments.of("translated article", header.outputPath()));
                    published.stream().filter(other -> other.path().equals(header.get("translation_of")))
                            .findFirst().ifPresent(other -> pages.add(Arguments.of("its other language version",
                                    other.outputPath())));
                });
        for (String taxonomy : List.of("regions", "themes", "authors", "sources")) {
            pages.add(Arguments.of(taxonomy + " index", taxonomy + "/index.html"));
        }
        pages.add(Arguments.of("term page", firstTermPage(site, "regions")));
        pages.add(Arguments.of("archive", "archive.html"));
        pages.add(Arguments.of("search with results", "search.html?q=" + searchWord(article.title())));
        published.stream().filter(ContentHeader::isPage).findFirst()
                .ifPresent(page -> pages.add(Arguments.of("standalone page", page.outputPath())));
        return pages.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("onePageOfEachKind")
    void axeWithTheWcag22RulesFindsNoViolationsAtBothWidthsInBothSchemes(String kind, String page) {
        List<String> found = new ArrayList<>();
        try {
            for (int width : Axe.WIDTHS) {
                browser.viewport(width, width < 600 ? 780 : 900);
                for (String scheme : Axe.SCHEMES) {
                    Axe.scheme(browser.driver(), scheme);
                    open(page);
                    Results results = Axe.analyze(browser.driver());
                    AccessibilityTest.describe(results.getViolations())
                            .forEach(v -> found.add(width + " px, " + scheme + ": " + v));
                    assertTrue(results.getPasses().size() > 10, "axe really ran on " + page);
                }
            }
        } finally {
            Axe.resetScheme(browser.driver());
            browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        assertEquals(List.of(), found, page);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("onePageOfEachKind")
    void nothingIsRequestedFromTheNetwork(String kind, String page) {
        browser.requestedUrls(); // forget what earlier pages requested
        open(page);
        Chromium.assertAllLocal(browser.resourceUrls(), page + " (resource timing)");
        List<String> requested = browser.requestedUrls();
        assertFalse(requested.isEmpty(), "Chrome's network events are recorded (at least the page itself)");
        Chromium.assertAllLocal(requested, page + " (network events)");
    }

    private static void open(String page) {
        browser.open(page);
        if (page.startsWith("search.html")) {
            browser.waitUpTo(Duration.ofSeconds(30)).until(d -> "true".equals(
                    d.findElement(By.id("search-form")).getDomAttribute("data-ready")));
        }
    }

    /** The first term page the taxonomy's index links to. */
    private static String firstTermPage(SiteUnderTest site, String taxonomy) {
        String index = taxonomy + "/index.html";
        Optional<String> term = site.page(index).select("main a[href]").eachAttr("href").stream()
                .map(href -> site.resolve(index, href).orElse(""))
                .filter(path -> path.matches(taxonomy + "/[^/]+\\.html") && !path.equals(index))
                .findFirst();
        return term.orElseThrow(() -> new IllegalStateException(index + " links no term page"));
    }

    /** A word of the title to search for, so the search page shows results (the whole title if it has none). */
    private static String searchWord(String title) {
        String word = Stream.of(title.split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() >= 4).findFirst()
                .orElse(title);
        return URLEncoder.encode(word, StandardCharsets.UTF_8);
    }
}
