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
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * The real site ({@code mvn package}'s target/site) in a real Chromium from {@code file://}: on one page of
 * each kind (home, an article, each taxonomy index, a term page, archive, search, a standalone page) axe-core
 * finds no violations, in light and dark mode, and nothing is requested from anywhere but the disk. The pages
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
    void axeFindsNoViolations(String kind, String page) {
        for (String scheme : List.of("light", "dark")) {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            open(page);
            Results results = new AxeBuilder().analyze(browser.driver());
            assertEquals(List.of(), AccessibilityTest.describe(results.getViolations()),
                    page + " in " + scheme + " mode");
            assertTrue(results.getPasses().size() > 10, "axe really ran on " + page);
        }
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
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
